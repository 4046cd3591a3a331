import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readDistText } from '@/lib/checks/dist-files';

const dir = mkdtempSync(join(tmpdir(), 'ita-dist-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDistText', () => {
  it('reads pages as text and Pagefind files decompressed, without the word breaks', () => {
    writeFileSync(join(dir, 'index.html'), '<p>ของ<wbr>ขวัญ\u200b</p>');
    writeFileSync(join(dir, 'a.pf_fragment'), gzipSync('{"content":"ทรัพย์\u200bสิน"}'));
    expect(readDistText(dir, 'index.html')).toBe('<p>ของขวัญ</p>');
    expect(readDistText(dir, 'a.pf_fragment')).toBe('{"content":"ทรัพย์สิน"}');
  });

  it('does not read photos, fonts or PDFs, which hold no text a page shows', () => {
    // Even a photo-named file that happens to be gzip is left alone: only the name is looked at.
    writeFileSync(join(dir, 'photo_Z1an9of.webp'), gzipSync('text'));
    writeFileSync(join(dir, 'font.woff2'), gzipSync('text'));
    expect(readDistText(dir, 'photo_Z1an9of.webp')).toBeUndefined();
    expect(readDistText(dir, 'font.woff2')).toBeUndefined();
    // A file that is not there shows it is never opened.
    expect(readDistText(dir, 'missing.avif')).toBeUndefined();
  });
});
