import { strToU8, zipSync } from 'fflate';

/** A ZIP archive holding these files (text or bytes): the shape of a .docx, .xlsx or .odt, without an office suite. */
export function makeZip(files: Record<string, string | Uint8Array>): Buffer {
  const entries = Object.entries(files).map(([name, body]) => [name, typeof body === 'string' ? strToU8(body) : body]);
  return Buffer.from(zipSync(Object.fromEntries(entries)));
}
