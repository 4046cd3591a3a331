import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileStateCache } from '@/lib/cache/file-state-cache';
import { readPdf, type PdfReadResult } from './pdf-text';

const opened = new Map<string, Promise<PdfReadResult>>();

/**
 * Opens a PDF once per build, however many checks (file check, privacy guard)
 * ask for it. With `cacheDir`, a PDF that opened cleanly is remembered with its
 * text across builds (by size and time): reading 600 PDFs' text with pdf.js
 * took 11 s of every build at ten times a typical agency's size. A PDF that
 * fails is read, and reported, again on every build.
 */
export function readPdfFile(path: string, cacheDir?: string): Promise<PdfReadResult> {
  const stat = statSync(path);
  const key = `${path}:${stat.size}:${stat.mtimeMs}`;
  let result = opened.get(key);
  if (!result) {
    const record = cacheDir ? FileStateCache.shared<PdfReadResult>(join(cacheDir, 'pdf-text.json')) : undefined;
    const known = record?.get(path);
    result = known
      ? Promise.resolve(known)
      : readPdf(readFileSync(path)).then((read) => {
          if (read.ok) record?.set(path, read);
          return read;
        });
    opened.set(key, result);
  }
  return result;
}
