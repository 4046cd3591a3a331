import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject } from '../support/temp-project';
import { runBuild } from '../support/temp-project';

// One full build (expensive on the shared machine): text pasted from Word builds, and an
// English-only notice is listed. On the old code the build stopped with the MDX compiler's trace.
let root = '';
// Pages mark Thai word breaks (<th-w>, <wbr>, zero-width spaces) for line breaking: read the text without them.
const readPage = (path: string) => readFileSync(join(root, path), 'utf8').replace(/\u200b|<wbr\s*\/?>|<\/?th-w>/g, '');
let result: { status: number; output: string };
beforeAll(() => {
  root = createTempProject('ita-pasted-');
  appendFileSync(
    join(root, 'content/measures/2569/bribery-risk-assessment.mdx'),
    '\nบรรทัดแรกจาก Word<br>บรรทัดที่สอง\n\n<!-- หมายเหตุผู้ร่าง: ยังไม่ยืนยันตัวเลข -->\n\nงบประมาณ {ประมาณการ} ๒๐๐,๐๐๐ บาท\n\n<div>\nย่อหน้าที่วางมาพร้อม div ที่ไม่ได้ปิด\n',
  );
  writeFileSync(
    join(root, 'content/announcements/procurement-notice-2569-en.mdx'),
    '---\nkind: other\ntitle: Notice on Procurement Transparency 2569\ndate: 2025-11-03\nfiscalYear: 2569\nsignatory:\n  name: Example Signatory\n  position: Chief Executive\nlang: en\n---\n\nAll procurement of the fiscal year is published within 30 days.\n',
  );
  result = runBuild(root);
}, 600_000);
afterAll(() => (process.env.KEEP_ROOT ? console.log(root) : rmSync(root, { recursive: true, force: true })));

describe('a build with text pasted from Word and an English-only notice', () => {
  it('succeeds', () => {
    expect(result.status, result.output).toBe(0);
  });
  it('renders <br>, drops the comment and shows the braces as typed', () => {
    const html = readPage('dist/2569/iit-5/bribery-risk-assessment/index.html');
    expect(html).toMatch(/บรรทัดแรกจาก Word<br\/?>บรรทัดที่สอง/);
    expect(html).not.toContain('หมายเหตุผู้ร่าง');
    expect(html).toContain('งบประมาณ {ประมาณการ} ๒๐๐,๐๐๐ บาท');
    expect(html).toContain('ย่อหน้าที่วางมาพร้อม div ที่ไม่ได้ปิด');
  });
  it('warns, with file and line, about the unclosed <div> it left out', () => {
    expect(result.output).toMatch(
      /content\/measures\/2569\/bribery-risk-assessment\.mdx → บรรทัด \d+ \/ line \d+\n.*ตัดแท็ก <div> ออกแล้ว/,
    );
    expect(result.output).toContain('the tag <div> was left out because it has no matching opening or closing tag');
  });
  it('lists the English-only notice on the announcements page and the home page', () => {
    for (const page of ['dist/announcements/index.html', 'dist/index.html']) {
      const html = readPage(page);
      expect(html, page).toContain('Notice on Procurement Transparency 2569');
      expect(html, page).toContain('/announcements/procurement-notice-2569-en/');
      expect(html, page).toMatch(/<time datetime="2025-11-03"[^>]*>3 November 2025<\/time>/);
    }
  });
  it('does not call an English-only notice a translation of a Thai original', () => {
    const html = readPage('dist/announcements/procurement-notice-2569-en/index.html');
    expect(html).toContain('Notice on Procurement Transparency 2569');
    expect(html).not.toContain('This is an English translation');
    expect(readPage('dist/announcements/no-gift-policy-2569-en/index.html')).toContain(
      'This is an English translation',
    );
  });
});
