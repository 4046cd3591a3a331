import { mdxToJs } from 'satteri';
import { prepareMdxBody, type BodyFix } from './mdx-body';
import { problem, type Problem } from '@/lib/diagnostics/problem';

/**
 * Compiles an entry's body the way the build will (the same rewrite, the same
 * MDX parser Astro uses), so a body that cannot be built is reported here, as
 * a schema error is: file, line, column, the text written there, and what to do
 * — instead of the MDX compiler's stack trace in the middle of the build.
 *
 * @param firstLine line of the file on which the body starts, so lines are the clerk's editor's.
 */
export function checkMdxBody(file: string, body: string, firstLine: number): Problem[] {
  const prepared = prepareMdxBody(body);
  const lines = body.split('\n');
  const fixes = prepared.fixes.slice();
  const problems: Problem[] = [];
  while (fixes.length) {
    const fix = fixes.shift()!;
    const line = firstLine + fix.line - 1;
    const shown = show(lines[fix.line - 1] ?? '');
    const where = `บรรทัด ${line} / line ${line}`;
    // An opening tag and its closing partner left out together are one mistake: say both lines in one warning.
    const name = /^<([\w:-]+)/.exec(fix.text)?.[1];
    const partner =
      fix.kind === 'unmatched-tag' && name
        ? fixes.findIndex(
            (f) => f.kind === 'unmatched-tag' && f.text.toLowerCase().startsWith(`</${name.toLowerCase()}`),
          )
        : -1;
    if (partner >= 0) {
      const close = fixes.splice(partner, 1)[0]!;
      const closeLine = firstLine + close.line - 1;
      problems.push(
        problem('warning', file, where, {
          th: `ตัดแท็ก ${fix.text} (บรรทัด ${line}) และ ${close.text} (บรรทัด ${closeLine}) ออกแล้ว เพราะเปิดและปิดไม่อยู่ในย่อหน้าเดียวกัน (หรือซ้อนกันผิดลำดับ) «${shown}» ข้อความยังแสดงครบ ถ้าต้องการรูปแบบนั้น ให้ปิดแท็กก่อนบรรทัดว่าง`,
          en: `the tags ${fix.text} (line ${line}) and ${close.text} (line ${closeLine}) were left out because they do not open and close within one paragraph (or are nested out of order) «${shown}»; the text still shows: to keep the formatting, close the tag before the blank line`,
        }),
      );
      continue;
    }
    problems.push(describeFix(file, where, fix, shown));
  }
  try {
    mdxToJs(prepared.text, { jsxImportSource: 'astro' });
  } catch (error) {
    problems.push(describeCompileError(file, error, prepared, body, firstLine));
  }
  return problems;
}

function describeFix(file: string, where: string, fix: BodyFix, shown: string): Problem {
  if (fix.kind === 'dropped-code') {
    return problem('warning', file, where, {
      th: `ตัดโค้ด ${fix.text} ออกจากเนื้อหาแล้ว «${shown}» เว็บไซต์ไม่เผยแพร่สคริปต์หรือกรอบฝังจากที่อื่น ถ้าต้องการอ้างถึง ให้ใส่เป็นลิงก์ในช่อง evidence.links`,
      en: `the code ${fix.text} was left out of the body «${shown}»: the site publishes no scripts or embedded frames; to point to it, add it as a link under evidence.links`,
    });
  }
  return problem('warning', file, where, {
    th: `ตัดแท็ก ${fix.text} ออกแล้วเพราะไม่มีแท็กคู่ (เปิด/ปิด) «${shown}» ข้อความยังแสดงครบ ถ้าต้องการรูปแบบนั้น ให้เพิ่มแท็กคู่ให้ครบ`,
    en: `the tag ${fix.text} was left out because it has no matching opening or closing tag «${shown}»; the text still shows: to keep the formatting, add its partner tag`,
  });
}

function describeCompileError(
  file: string,
  error: unknown,
  prepared: ReturnType<typeof prepareMdxBody>,
  body: string,
  firstLine: number,
): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+):\s*/.exec(message);
  // The parser's own positions count in the rewritten body, so they are dropped from the reason it gives.
  const reason = message
    .replace(/^\d+:\d+:\s*/, '')
    .replace(/\s*\([\w:-]+\)\s*$/, '')
    .replace(/\s*\(\d+:\d+\)/g, '');
  let bodyLine = 1;
  let column = 1;
  if (place) {
    const outLines = prepared.text.split('\n');
    const outIndex =
      outLines.slice(0, Number(place[1]) - 1).reduce((n, l) => n + l.length + 1, 0) + Number(place[2]) - 1;
    const before = body.slice(0, prepared.originOf(outIndex));
    bodyLine = before.split('\n').length;
    column = before.length - before.lastIndexOf('\n');
  }
  const line = firstLine + bodyLine - 1;
  const shown = show(body.split('\n')[bodyLine - 1] ?? '');
  const tag = /closing tag for `<([\w:-]+)>`/.exec(reason)?.[1];
  const [th, en] = tag
    ? [
        `แท็ก <${tag}> เปิดไว้แต่ไม่ได้ปิด </${tag}> ในย่อหน้าหรือข้อรายการ (- …) เดียวกัน ให้เปิดและปิดในย่อหน้าหรือข้อเดียวกัน หรือลบแท็กทั้งคู่ออก`,
        `the tag <${tag}> is opened here but not closed with </${tag}> in the same paragraph or list item (- …): open and close it in the same paragraph or item, or delete both tags`,
      ]
    : [
        'ข้อความบรรทัดนี้มีเครื่องหมายที่ระบบอ่านเป็นคำสั่ง (< > { } หรือแท็ก HTML) ให้ลบแท็ก HTML ออก หรือพิมพ์ \\< \\{ \\} แทนเครื่องหมายนั้น',
        'this line has characters the site reads as markup (< > { } or an HTML tag): delete the HTML tag, or type \\< \\{ \\} instead of the character',
      ];
  return problem('error', file, `บรรทัด ${line} คอลัมน์ ${column} / line ${line}, column ${column}`, {
    th: `เนื้อหาบรรทัด ${line} คอลัมน์ ${column} อ่านไม่ได้: «${shown}» ${th}`,
    en: `the body cannot be read at line ${line}, column ${column}: «${shown}»; ${en} (${reason})`,
  });
}

function show(line: string): string {
  const trimmed = line.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 77)}…` : trimmed;
}
