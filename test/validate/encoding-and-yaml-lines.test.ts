import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRawEntry } from '@/lib/validate/read-content';

const dir = mkdtempSync(join(tmpdir(), 'ita-raw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const read = (name: string, bytes: Buffer) => {
  writeFileSync(join(dir, name), bytes);
  return readRawEntry(dir, join(dir, name), dir);
};
const mdx = '---\ntitle: เผยแพร่ข้อมูลสาธารณะ\norder: 1\n---\nเนื้อหา\n';

describe('a file that is not UTF-8', () => {
  it('names Windows-874 (TIS-620) and how to save as UTF-8 in Notepad', () => {
    // TIS-620 puts Thai letters at 0xA1–0xFB: ก = 0xA1.
    const tis = Buffer.from(
      mdx.replace(/[\u0e01-\u0e5b]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0e01 + 0xa1)),
      'latin1',
    );
    const raw = read('tis.mdx', tis);
    expect(raw.parseError).toContain('Windows-874 (TIS-620)');
    expect(raw.parseError).toContain('UTF-8');
    expect(raw.parseError).toContain('Notepad');
    expect(raw.parseError).toMatch(/บันทึก.* \/ .*Save As/);
  });
  it('names UTF-16 instead of saying no front matter was found', () => {
    const raw = read('utf16.mdx', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(mdx, 'utf16le')]));
    expect(raw.parseError).toContain('UTF-16');
    expect(raw.parseError).not.toContain('front matter');
  });
  it('names a Word file renamed to .mdx, instead of calling it UTF-16', () => {
    const raw = read(
      'word.mdx',
      Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.alloc(40)]),
    );
    expect(raw.parseError).toContain('เป็นไฟล์ Word/Excel/PowerPoint');
    expect(raw.parseError).toContain('this is not a text file but a Word, Excel or PowerPoint file (or a zip) renamed');
    expect(raw.parseError).not.toContain('UTF-16');
    expect(read('scan.mdx', Buffer.from('%PDF-1.4\n%\xe2\xe3\n', 'latin1')).parseError).toContain(
      'not a text file but a PDF renamed',
    );
  });
  it('still reads UTF-8 with a byte-order mark', () => {
    expect(read('bom.mdx', Buffer.from(`\uFEFF${mdx}`)).parseError).toBeUndefined();
  });
});

describe('YAML errors in front matter', () => {
  it('name the line of the file, not of the front matter, and show it', () => {
    const raw = read('colon.mdx', Buffer.from('---\norder: 1\ntitle: ประกาศ: เรื่องใหม่\n---\n'));
    expect(raw.parseError).toContain('บรรทัด 3');
    expect(raw.parseError).toContain('line 3');
    expect(raw.parseError).toContain('title: ประกาศ: เรื่องใหม่');
  });
  it('for a duplicate key and a tab too', () => {
    expect(read('dup.mdx', Buffer.from('---\norder: 1\ntitle: ก\ntitle: ข\n---\n')).parseError).toContain('line 4');
    expect(read('tab.mdx', Buffer.from('---\norder: 1\nsteps:\n\t- ประชุม\n---\n')).parseError).toContain('line 4');
  });
  it('in a YAML file count from line 1', () => {
    expect(read('org.yaml', Buffer.from('name: ก\nname: ข\n')).parseError).toContain('line 2');
  });
});
