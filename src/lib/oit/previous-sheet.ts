import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckOutcome } from '@/lib/checks/outcome';
import { problem, type Problem } from '@/lib/diagnostics/problem';

/**
 * Assessors re-open the URLs an agency gave them, at clarification and the
 * year after. Each successful build keeps the answer sheets it published in
 * `content/oit/published-<year>.json`; the next build must still serve every
 * URL listed there, or it stops and names the item and the URL.
 */

/** The kept copy of a year's published sheet, relative to the project. */
export const publishedSheetPath = (year: number): string => `content/oit/published-${year}.json`;

const PUBLISHED = /^published-(\d{4})\.json$/;

interface PublishedSheet {
  fiscalYear: number;
  items: { code: string; answers: { url: string }[] }[];
}

/** Whether a site path (below the base, no leading slash) is a page or file of the built site. */
function resolves(outDir: string, path: string): boolean {
  const target = join(outDir, path);
  if (path === '' || path.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')));
}

/** Every URL of the kept sheets that is on this site (origin + base) must still open in `outDir`. */
export function checkPreviousSheets(root: string, outDir: string, site: string, base: string): CheckOutcome {
  const dir = join(root, 'content', 'oit');
  const prefix = `${site}${base}`;
  const problems: Problem[] = [];
  let urls = 0;
  let elsewhere = 0;
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => PUBLISHED.test(f))
        .sort()
    : [];
  for (const name of files) {
    const file = `content/oit/${name}`;
    let sheet: PublishedSheet;
    try {
      sheet = JSON.parse(readFileSync(join(dir, name), 'utf8')) as PublishedSheet;
    } catch {
      problems.push(
        problem('error', file, undefined, {
          th: 'อ่านไฟล์แบบ OIT ที่เผยแพร่ครั้งก่อนไม่ได้ (ไม่ใช่ JSON) ลบไฟล์นี้ได้ถ้าไม่ต้องการตรวจที่อยู่เดิม',
          en: 'the previously published OIT sheet cannot be read (not JSON); delete it if the old addresses need no check',
        }),
      );
      continue;
    }
    for (const item of sheet.items ?? []) {
      for (const { url } of item.answers ?? []) {
        if (!url.startsWith(prefix)) {
          elsewhere++;
          continue;
        }
        urls++;
        const path = decodeURI(url.slice(prefix.length).split('#')[0]!.split('?')[0]!);
        if (resolves(outDir, path)) continue;
        problems.push(
          problem('error', file, item.code, {
            th: `ข้อ ${item.code} ปีงบประมาณ ${sheet.fiscalYear}: แบบ OIT ที่เผยแพร่ครั้งก่อนให้ที่อยู่ ${url} แต่เว็บที่สร้างครั้งนี้ไม่มีหน้านั้นแล้ว ผู้ประเมินจะเปิดที่อยู่เดิมนี้ ให้คืนหน้านั้น (เช่น ไฟล์ที่ลบหรือเปลี่ยนชื่อ หรือ draft: true) ถ้าตั้งใจเลิกใช้จริง ให้ลบที่อยู่นี้ออกจาก ${file}`,
            en: `item ${item.code} of fiscal year ${sheet.fiscalYear}: the OIT sheet published last time gave ${url}, which this build no longer has; assessors re-open that address: restore the page (a deleted or renamed file, or draft: true), or if it is really retired, remove the address from ${file}`,
          }),
        );
      }
    }
  }
  const notes = elsewhere
    ? [`ข้ามที่อยู่ ${elsewhere} รายการที่ไม่อยู่ใต้ ${prefix} / skipped ${elsewhere} address(es) not under ${prefix}`]
    : [];
  return { name: 'previous-sheet', problems, stats: { sheets: files.length, urls }, notes };
}

/**
 * After a build has passed every check, keeps each year's published sheet in
 * the content folder (only rewritten when it changed, so the folder stays quiet).
 */
export function recordPublishedSheets(root: string, outDir: string): number[] {
  const oitDir = join(outDir, 'oit');
  if (!existsSync(oitDir)) return [];
  const written: number[] = [];
  for (const year of readdirSync(oitDir)
    .filter((y) => /^\d{4}$/.test(y))
    .map(Number)
    .sort()) {
    const source = join(oitDir, String(year), `oit-${year}.json`);
    if (!existsSync(source)) continue;
    const text = readFileSync(source, 'utf8');
    const target = join(root, publishedSheetPath(year));
    if (existsSync(target) && readFileSync(target, 'utf8') === text) continue;
    writeFileSync(target, text);
    written.push(year);
  }
  return written;
}
