import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPrivacy } from '@/lib/privacy/privacy-check';
import { validateContent } from '@/lib/validate/validate-content';
import { toThaiDigits } from '@/lib/thai/numerals';
import { createTempProject } from '../support/temp-project';
import { formatThaiId, makePdf, makeSyntheticThaiId } from '../support/make-pdf';
import { makeZip } from '../support/make-zip';
import { expectProblem } from '../support/problems';
import { makeThaiDigitPdf } from '../support/thai-digit-pdf';

// A เบี้ยยังชีพ list attached as a PDF, an Office file or plain text: every kind the guard reads, Thai and Arabic digits.
let root = '';
beforeAll(() => {
  root = createTempProject('ita-office-');
  mkdirSync(join(root, 'content/evidence/office'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the privacy guard with `file` put in place by `put` (given its full path), then removes it: its problems. */
async function guardWith(file: string, put: (path: string) => void) {
  put(join(root, file));
  const outcome = await checkPrivacy(root, validateContent(root).content);
  rmSync(join(root, file));
  return outcome.problems.filter((p) => p.file === file);
}

const ID = makeSyntheticThaiId('310170020345');
const row = (id: string) => `นางสมมุติ ทดสอบ ${id}`;
const kinds: Record<string, (id: string) => Buffer> = {
  docx: (id) =>
    makeZip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': `<w:document><w:body><w:p><w:r><w:t>${row(id)}</w:t></w:r></w:p></w:body></w:document>`,
    }),
  xlsx: (id) =>
    makeZip({
      '[Content_Types].xml': '<Types/>',
      'xl/sharedStrings.xml': `<sst><si><t>${row(id)}</t></si></sst>`,
      'xl/worksheets/sheet1.xml': '<worksheet/>',
    }),
  pptx: (id) =>
    makeZip({ '[Content_Types].xml': '<Types/>', 'ppt/slides/slide1.xml': `<p:sld><a:t>${row(id)}</a:t></p:sld>` }),
  odt: (id) =>
    makeZip({
      mimetype: 'application/vnd.oasis.opendocument.text',
      'content.xml': `<office:document-content><text:p>${row(id)}</text:p></office:document-content>`,
    }),
  ods: (id) =>
    makeZip({
      mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
      'content.xml': `<office:document-content><table:table-cell><text:p>${row(id)}</text:p></table:table-cell></office:document-content>`,
    }),
  odp: (id) =>
    makeZip({
      mimetype: 'application/vnd.oasis.opendocument.presentation',
      'content.xml': `<office:document-content><draw:page><text:p>${row(id)}</text:p></draw:page></office:document-content>`,
    }),
  // A PDF's text layer gives Thai digits when its font maps them so (ToUnicode), as Thai fonts do.
  pdf: (id) =>
    /[๐-๙]/.test(id)
      ? makeThaiDigitPdf([`ID ${id.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))}`])
      : makePdf([`ID ${id}`]),
  htm: (id) => Buffer.from(`<html><body><p>${row(id)}</p></body></html>`),
  csv: (id) => Buffer.from(`ชื่อ,เลขประจำตัว\nนางสมมุติ ทดสอบ,${id}\n`),
  txt: (id) => Buffer.from(`รายชื่อผู้รับเบี้ยยังชีพ\n${row(id)}\n`),
  html: (id) => Buffer.from(`<html><body><table><tr><td>นางสมมุติ</td><td>${id}</td></tr></table></body></html>`),
};

describe('the privacy guard reads every document kind', () => {
  for (const [kind, make] of Object.entries(kinds)) {
    for (const [digits, id] of [
      ['Arabic', formatThaiId(ID)],
      ['Thai', toThaiDigits(formatThaiId(ID))],
    ] as const) {
      it(`stops a national ID in ${digits} digits inside a .${kind}`, async () => {
        const file = `content/evidence/office/list-${kind}.${kind}`;
        const found = await guardWith(file, (path) => writeFileSync(path, make(id)));
        expect(found.map((p) => p.severity)).toEqual(['error']);
        expectProblem(found[0], {
          field: expect.stringContaining(kind === 'pdf' ? 'PDF' : `.${kind}`),
          th: ['พบเลขประจำตัวประชาชน'],
          en: ['found a Thai national ID number'],
        });
      });
    }
  }

  it('still passes a clean .xlsx and .csv', async () => {
    writeFileSync(join(root, 'content/evidence/office/clean.xlsx'), kinds.xlsx!('ไม่มีเลข'));
    writeFileSync(join(root, 'content/evidence/office/clean.csv'), kinds.csv!('-'));
    const outcome = await checkPrivacy(root, validateContent(root).content);
    rmSync(join(root, 'content/evidence/office/clean.xlsx'));
    rmSync(join(root, 'content/evidence/office/clean.csv'));
    expect(outcome.problems).toEqual([]);
  });
});

describe('symbolic links under content/', () => {
  it('are errors, and the linked file is never read', async () => {
    const file = 'content/evidence/office/passwd.txt';
    const found = await guardWith(file, (path) => symlinkSync('/etc/passwd', path));
    expect(found.map((p) => p.severity)).toEqual(['error']);
    expectProblem(found[0], { th: ['ลิงก์'], en: ['symbolic link'] });
  });
});
