import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMdxBody } from '@/lib/validate/check-mdx-body';
import { prepareMdxBody } from '@/lib/validate/mdx-body';
import { readRawEntry } from '@/lib/validate/read-content';

const compiles = (text: string) => {
  mdxToJs(text, { jsxImportSource: 'astro' });
  return true;
};
const prepared = (body: string) => prepareMdxBody(body).text;

describe('prepareMdxBody: what a clerk pastes from Word just works', () => {
  it('writes <br> the way MDX reads it', () => {
    expect(() => mdxToJs('บรรทัดแรก<br>บรรทัดสอง\n')).toThrow();
    expect(prepared('บรรทัดแรก<br>บรรทัดสอง<BR/>สาม</br>\n')).toBe('บรรทัดแรก<br />บรรทัดสอง<br />สาม<br />\n');
  });
  it('removes HTML comments, keeping the line count', () => {
    const body = 'ก\n\n<!-- หมายเหตุ\nของผู้ร่าง -->\n\nข\n';
    expect(() => mdxToJs(body)).toThrow();
    const text = prepared(body);
    expect(text).not.toContain('หมายเหตุ');
    expect(text.split('\n')).toHaveLength(body.split('\n').length);
    expect(compiles(text)).toBe(true);
  });
  it('escapes stray braces, which MDX would run as code', () => {
    expect(prepared('งบประมาณ {ประมาณการ} บาท { ไม่ปิด\n')).toBe('งบประมาณ \\{ประมาณการ\\} บาท \\{ ไม่ปิด\n');
    expect(compiles(prepared('งบประมาณ { ไม่ปิด\n'))).toBe(true);
  });
  it('drops an unclosed <div> or a closing tag without its opening, and says on which line', () => {
    const result = prepareMdxBody('ย่อหน้าแรก\n\n<div>\nข้อความ\n\nย่อหน้า</span>\n');
    expect(result.text).toBe('ย่อหน้าแรก\n\n\nข้อความ\n\nย่อหน้า\n');
    expect(result.fixes).toEqual([
      { line: 3, kind: 'unmatched-tag', text: '<div>' },
      { line: 6, kind: 'unmatched-tag', text: '</span>' },
    ]);
    expect(compiles(result.text)).toBe(true);
  });
  it('drops a bold or italic tag left open across a blank line, which MDX cannot read', () => {
    const body = '<b>ตัวหนาเปิดไว้\n\nแล้วปิดในย่อหน้าอื่น</b>\n';
    expect(() => mdxToJs(body)).toThrow();
    const result = prepareMdxBody(body);
    expect(result.text).toBe('ตัวหนาเปิดไว้\n\nแล้วปิดในย่อหน้าอื่น\n');
    expect(result.fixes.map((f) => [f.line, f.text])).toEqual([
      [1, '<b>'],
      [3, '</b>'],
    ]);
    // A block <div> on its own lines may span paragraphs, so it is kept.
    expect(prepared('<div>\nก\n\nข\n</div>\n')).toBe('<div>\nก\n\nข\n</div>\n');
  });
  it('keeps Word formatting tags but not their styles, event handlers or <o:p>', () => {
    const text = prepared(
      '<p class=MsoNormal style="color:red" onclick="x()"><span lang=TH>ข้อความ<o:p></o:p></span></p>\n',
    );
    expect(text).toBe('<p class="MsoNormal"><span lang="TH">ข้อความ</span></p>\n');
    expect(compiles(text)).toBe(true);
  });
  it('turns a bare < into text and <https://…> into a link', () => {
    expect(prepared('คะแนน < 5 ดู <https://example.go.th/a_b> หรือ <saraban@example.go.th>\n')).toBe(
      'คะแนน \\< 5 ดู [https://example.go.th/a\\_b](https://example.go.th/a_b) หรือ [saraban@example.go.th](mailto:saraban@example.go.th)\n',
    );
  });
  it('keeps a line starting with import/export as text, never as code to run', () => {
    const text = prepared('export ข้อมูลทุกเดือน\nimport fs from "node:fs"\n');
    expect(text).toBe('&#101;xport ข้อมูลทุกเดือน\n&#105;mport fs from "node:fs"\n');
    expect(mdxToJs(text, { jsxImportSource: 'astro' }).code).not.toMatch(/^import fs/m);
  });
  it('drops scripts with their content', () => {
    const result = prepareMdxBody('ก<script>alert(1)</script>ข\n');
    expect(result.text).toBe('กข\n');
    expect(result.fixes[0]).toMatchObject({ line: 1, kind: 'dropped-code', text: '<script>' });
  });
  it('reads Windows line endings (CRLF) the same way', () => {
    expect(prepared('<b>ก\r\n\r\nข</b>\r\n')).toBe('ก\r\n\r\nข\r\n');
    expect(prepared('```\r\n<div>{}\r\n```\r\n{ก}\r\n')).toBe('```\r\n<div>{}\r\n```\r\n\\{ก\\}\r\n');
  });
  it('changes nothing the second time, so the check and the build agree', () => {
    const once = prepared(
      'ก<br>ข {ค} <!-- ง --> <p class=x onclick="y()">จ</p> <div>ฉ\n\nexport ช < ซ <https://example.go.th>\n',
    );
    expect(prepared(once)).toBe(once);
  });
  it('leaves code, escapes already written and MDX comments exactly as they are', () => {
    const body = 'ใช้ `{x} <br>` และ \\{ก\\} {/* หมายเหตุ */}\n\n```\n<div>{}\n```\n';
    expect(prepared(body)).toBe(body);
    expect(prepared('ไม่เปลี่ยน\n\n1. ข้อ **หนา** [ลิงก์](https://example.go.th)\n')).toBe(
      'ไม่เปลี่ยน\n\n1. ข้อ **หนา** [ลิงก์](https://example.go.th)\n',
    );
    expect(prepared('[แผน](<https://example.go.th/แผน 2569.pdf>)\n')).toBe(
      '[แผน](<https://example.go.th/แผน 2569.pdf>)\n',
    );
  });
});

const dir = mkdtempSync(join(tmpdir(), 'ita-mdx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const head = '---\ntitle: มาตรการ\norder: 1\n---\n';
const check = (body: string) => {
  writeFileSync(join(dir, 'm.mdx'), head + body);
  const raw = readRawEntry(dir, join(dir, 'm.mdx'), dir);
  return checkMdxBody(raw.file, raw.body, raw.bodyLine!);
};

describe('checkMdxBody: what cannot be fixed is reported like a schema error', () => {
  it('passes the common cases without a word', () => {
    expect(check('ก<br>ข\n\n<!-- ร่าง -->\n\nงบ {ประมาณการ}\n')).toEqual([]);
  });
  it('names file, line, column and the text, in Thai and English', () => {
    // A tag opened in one list item and closed in the next: no safe rewrite, so it is reported.
    const [problem, ...rest] = check('ย่อหน้าแรก\n\n- ข้อ <span>หนึ่ง\n- ข้อสอง</span>\n');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', file: 'm.mdx', field: 'บรรทัด 7 คอลัมน์ 7 / line 7, column 7' });
    expect(problem!.th).toContain('เนื้อหาบรรทัด 7 คอลัมน์ 7 อ่านไม่ได้: «- ข้อ <span>หนึ่ง»');
    expect(problem!.th).toContain('ให้เปิดและปิดในย่อหน้าหรือข้อเดียวกัน');
    expect(problem!.en).toContain('the body cannot be read at line 7, column 7: «- ข้อ <span>หนึ่ง»');
    expect(problem!.en).toContain('open and close it in the same paragraph or item');
    expect(problem!.en).not.toMatch(/\(\d+:\d+\)/);
  });
  it('warns once, with both lines, about a tag pair it had to leave out', () => {
    const [problem, ...rest] = check('<b>ตัวหนาเปิดไว้\n\nปิดในย่อหน้าอื่น</b>\n');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', field: 'บรรทัด 5 / line 5' });
    expect(problem!.th).toContain('ตัดแท็ก <b> (บรรทัด 5) และ </b> (บรรทัด 7) ออกแล้ว');
    expect(problem!.en).toContain(
      'the tags <b> (line 5) and </b> (line 7) were left out because they do not open and close within one paragraph',
    );
  });
  it('warns, with the line, about a tag it had to leave out', () => {
    const [problem] = check('ข้อความ\n<div>ค้างไว้\n');
    expect(problem).toMatchObject({ severity: 'warning', field: 'บรรทัด 6 / line 6' });
    expect(problem!.th).toContain('ตัดแท็ก <div> ออกแล้ว');
    expect(problem!.en).toContain('the tag <div> was left out because it has no matching');
  });
});
