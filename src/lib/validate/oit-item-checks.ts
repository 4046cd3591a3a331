import { isPublished } from '@/lib/content/entry-id';
import { parseOitItemPath } from '@/schemas/oit-item';
import { problem, type Bilingual, type Problem } from '@/lib/diagnostics/problem';
import type { ValidatedContent } from './validate-content';

const missingFramework = (year: number): Bilingual => ({
  th: `ไม่มีไฟล์กรอบการประเมินของปีงบประมาณ ${year} ให้เพิ่มไฟล์ content/frameworks/${year}.yaml (คัดลอกจากปีล่าสุดแล้วแก้ปี) เรื่องนี้จึงจะขึ้นในแบบ OIT ของปีนั้น`,
  en: `there is no framework for fiscal year ${year}: add content/frameworks/${year}.yaml (copy the newest year's and change the year) so this entry reaches that year's OIT answer sheet`,
});

/**
 * A notice, report round or OIT item page of a year with no framework file
 * would build but sit on no answer sheet, so the assessor never sees it: stop
 * and name the file to add. Measures get the same message in checkMeasures.
 */
export function checkFrameworkYears(content: ValidatedContent, problems: Problem[]): void {
  const years = new Set(content.frameworks.map((f) => f.data.fiscalYear));
  const entries = [...content.announcements, ...content.reports].filter(isPublished);
  for (const { raw, data } of entries) {
    if (!years.has(data.fiscalYear))
      problems.push(problem('error', raw.file, 'fiscalYear', missingFramework(data.fiscalYear)));
  }
}

/**
 * `content/oit/<year>/<code>.mdx`: the folder must be a framework year and the
 * file name one of that year's O-codes, so every page answers a real item.
 */
export function checkOitItemPages(content: ValidatedContent, problems: Problem[]): void {
  for (const { raw, data } of content.oitItems ?? []) {
    const place = parseOitItemPath(raw.entry);
    if (!place) {
      problems.push(
        problem('error', raw.file, undefined, {
          th: 'หน้าข้อ OIT ต้องอยู่ที่ content/oit/<ปีงบประมาณ>/<รหัสข้อ>.mdx เช่น content/oit/2569/O1.mdx',
          en: 'an OIT item page must be content/oit/<fiscal year>/<code>.mdx, e.g. content/oit/2569/O1.mdx',
        }),
      );
      continue;
    }
    const framework = content.frameworks.find((f) => f.data.fiscalYear === place.fiscalYear);
    if (!framework) {
      if (!data.draft) problems.push(problem('error', raw.file, undefined, missingFramework(place.fiscalYear)));
      continue;
    }
    const codes = framework.data.oitItems.map((i) => i.code);
    if (!codes.includes(place.code)) {
      problems.push(
        problem('error', raw.file, undefined, {
          th: `ปีงบประมาณ ${place.fiscalYear} ไม่มีข้อ ${place.code} (ตาม content/frameworks/${place.fiscalYear}.yaml) ตั้งชื่อไฟล์เป็นหนึ่งใน: ${codes.join(', ')}`,
          en: `fiscal year ${place.fiscalYear} has no item ${place.code} (see content/frameworks/${place.fiscalYear}.yaml); name the file one of: ${codes.join(', ')}`,
        }),
      );
    }
  }
}
