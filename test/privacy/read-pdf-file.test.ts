import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdf } from '../support/make-pdf';
import { FileStateCache } from '@/lib/cache/file-state-cache';
import { readPdfFile } from '@/lib/privacy/read-pdf-file';
import type { PdfReadResult } from '@/lib/privacy/pdf-text';

const dir = mkdtempSync(join(tmpdir(), 'ita-read-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readPdfFile', () => {
  it('remembers the text of a PDF that opened cleanly, and not a broken one', async () => {
    const good = join(dir, 'minutes.pdf');
    const broken = join(dir, 'broken.pdf');
    writeFileSync(good, makePdf(['Minutes of the meeting']));
    writeFileSync(broken, '%PDF-1.4 cut off');
    const cacheDir = join(dir, 'cache');
    const read = await readPdfFile(good, cacheDir);
    expect(read).toMatchObject({ ok: true, pages: 1 });
    expect((await readPdfFile(broken, cacheDir)).ok).toBe(false);

    const record = FileStateCache.shared<PdfReadResult>(join(cacheDir, 'pdf-text.json'));
    record.save();
    const saved = FileStateCache.open<PdfReadResult>(join(cacheDir, 'pdf-text.json'));
    expect(saved.get(good)).toEqual(read);
    expect(saved.get(broken)).toBeUndefined();
  });
});
