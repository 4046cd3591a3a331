import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file of a built site, relative paths with `/`, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/**
 * A file's bytes as text a reader could see: gzip (Pagefind's index) decompressed, everything else as UTF-8,
 * with the zero-width spaces and <wbr> that cut Thai into words removed (the index stores ร่าง\u200bลับ…).
 */
export function readAsText(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes)
    .toString('utf8')
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]|<wbr\s*\/?>|<\/?th-w>/g, '');
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
