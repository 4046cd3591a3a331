import { readFileSync, statSync } from 'node:fs';
import { readPdf, type PdfReadResult } from './pdf-text';

const cache = new Map<string, Promise<PdfReadResult>>();

/** Opens a PDF once per build, however many checks (file check, privacy guard) ask for it. */
export function readPdfFile(path: string): Promise<PdfReadResult> {
  const stat = statSync(path);
  const key = `${path}:${stat.size}:${stat.mtimeMs}`;
  let result = cache.get(key);
  if (!result) {
    result = readPdf(readFileSync(path));
    cache.set(key, result);
  }
  return result;
}
