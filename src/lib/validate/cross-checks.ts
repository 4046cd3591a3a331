import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measureRef, slugOf } from '@/lib/content/entry-id';
import type { EvidenceReference } from '@/lib/content/evidence-refs';
import type { Announcement } from '@/schemas/announcement';
import type { Assessment } from '@/schemas/assessment';
import { UNMAPPED_ISSUE, type Framework } from '@/schemas/framework';
import type { Measure } from '@/schemas/measure';
import type { ReportRoundEntry } from '@/schemas/report-round';
import type { ParsedEntry } from './parse-entries';
import { suggestEvidencePath } from './evidence-path-hint';
import { problem, type Problem } from '@/lib/diagnostics/problem';

export function checkFrameworks(frameworks: ParsedEntry<Framework>[], problems: Problem[]): void {
  for (const { raw, data } of frameworks) {
    const expected = `${data.fiscalYear}.yaml`;
    if (raw.entry !== expected) {
      problems.push(
        problem('error', raw.file, 'fiscalYear', {
          th: `ไฟล์ของปี ${data.fiscalYear} ต้องชื่อ ${expected}`,
          en: `the file for fiscal year ${data.fiscalYear} must be named ${expected}`,
        }),
      );
    }
    reportDuplicates(
      data.issues.map((i) => i.code),
      raw.file,
      'issues',
      'รหัสประเด็น',
      'issue code',
      problems,
    );
    const codes = new Set(data.oitItems.map((i) => i.code));
    data.oitItems.forEach((item, i) =>
      item.pages.forEach((code, j) => {
        if (!codes.has(code))
          problems.push(
            problem('error', raw.file, `oitItems[${i}].pages[${j}]`, {
              th: `ข้อ ${item.code} อ้างถึงหน้าของข้อ ${code} แต่ปี ${data.fiscalYear} ไม่มีข้อนี้`,
              en: `item ${item.code} names the page of item ${code}, which fiscal year ${data.fiscalYear} does not have`,
            }),
          );
      }),
    );
  }
}

export function checkMeasures(
  measures: ParsedEntry<Measure>[],
  frameworks: ParsedEntry<Framework>[],
  problems: Problem[],
): void {
  const byYear = new Map(frameworks.map((f) => [f.data.fiscalYear, f.data]));
  const seen = new Map<string, string>();
  const orders = new Map<string, string>();
  for (const entry of measures) {
    const { raw, data } = entry;
    const folder = raw.entry.split('/')[0];
    if (folder !== String(data.fiscalYear)) {
      problems.push(
        problem('error', raw.file, 'fiscalYear', {
          th: `ไฟล์อยู่ในโฟลเดอร์ ${raw.entry.includes('/') ? folder : '(ไม่มีโฟลเดอร์ปี)'} แต่ระบุปีงบประมาณ ${data.fiscalYear} — ย้ายไฟล์ไปที่ content/measures/${data.fiscalYear}/ หรือแก้ปีให้ตรง`,
          en: `the file is in folder ${raw.entry.includes('/') ? folder : '(no year folder)'} but says fiscal year ${data.fiscalYear}: move it to content/measures/${data.fiscalYear}/ or correct the year`,
        }),
      );
    }
    const framework = byYear.get(data.fiscalYear);
    if (!framework) {
      problems.push(
        problem('error', raw.file, 'fiscalYear', {
          th: `ไม่มีไฟล์กรอบประเด็นของปี ${data.fiscalYear} (content/frameworks/${data.fiscalYear}.yaml)`,
          en: `there is no framework file for fiscal year ${data.fiscalYear} (content/frameworks/${data.fiscalYear}.yaml)`,
        }),
      );
    } else if (!(data.draft && data.issue === UNMAPPED_ISSUE) && !framework.issues.some((i) => i.code === data.issue)) {
      const codes = framework.issues.map((i) => i.code).join(', ');
      problems.push(
        problem('error', raw.file, 'issue', {
          th: `ไม่มีประเด็นรหัส "${data.issue}" ในปีงบประมาณ ${data.fiscalYear} ต้องเป็นหนึ่งใน: ${codes}`,
          en: `there is no issue "${data.issue}" in fiscal year ${data.fiscalYear}; use one of: ${codes}`,
        }),
      );
    }
    const key = measureRef(data.fiscalYear, slugOf(entry));
    const other = seen.get(key);
    if (other) {
      problems.push(
        problem('error', raw.file, 'slug', {
          th: `ชื่อ URL "${slugOf(entry)}" ซ้ำกับไฟล์ ${other} ในปีเดียวกัน ต้องไม่ซ้ำกัน`,
          en: `the URL name "${slugOf(entry)}" is already used by ${other} in the same year; each must be unique`,
        }),
      );
    } else seen.set(key, raw.file);
    // Two measures with one `order` sort by file name, which is rarely what the clerk meant.
    const orderKey = `${data.fiscalYear}/${data.issue}/${data.order}`;
    const sameOrder = orders.get(orderKey);
    if (data.draft) {
      // A draft is not listed, so its order cannot clash.
    } else if (sameOrder) {
      problems.push(
        problem('warning', raw.file, 'order', {
          th: `มาตรการสองเรื่องในประเด็น ${data.issue} ปี ${data.fiscalYear} ใช้ลำดับ (order) ${data.order} เหมือนกัน: ${sameOrder} และ ${raw.file} ให้แก้ order ของเรื่องหนึ่งให้ไม่ซ้ำ`,
          en: `two measures in issue ${data.issue} of ${data.fiscalYear} have the same order ${data.order}: ${sameOrder} and ${raw.file}; give one of them a different order`,
        }),
      );
    } else orders.set(orderKey, raw.file);
  }
}

export function checkAnnouncements(announcements: ParsedEntry<Announcement>[], problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const entry of announcements) {
    const slug = slugOf(entry);
    const other = seen.get(slug);
    if (other)
      problems.push(
        problem('error', entry.raw.file, 'slug', {
          th: `ชื่อ URL "${slug}" ซ้ำกับไฟล์ ${other}`,
          en: `the URL name "${slug}" is already used by ${other}`,
        }),
      );
    else seen.set(slug, entry.raw.file);
    const key = entry.data.translationKey;
    if (
      key &&
      !announcements.some((o) => o !== entry && o.data.translationKey === key && o.data.lang !== entry.data.lang)
    ) {
      problems.push(
        problem('warning', entry.raw.file, 'translationKey', {
          th: `ไม่พบฉบับแปลอีกภาษาที่ใช้ translationKey "${key}"`,
          en: `no other-language version shares translationKey "${key}"`,
        }),
      );
    }
  }
}

export function checkAssessments(
  assessments: ParsedEntry<Assessment>[],
  measures: ParsedEntry<Measure>[],
  problems: Problem[],
): void {
  const ids = new Set(measures.map((m) => measureRef(m.data.fiscalYear, slugOf(m))));
  for (const { raw, data } of assessments) {
    if (raw.entry !== `${data.fiscalYear}.yaml`) {
      problems.push(
        problem('error', raw.file, 'fiscalYear', {
          th: `ไฟล์ผลการประเมินปี ${data.fiscalYear} ต้องชื่อ ${data.fiscalYear}.yaml`,
          en: `the assessment for ${data.fiscalYear} must be named ${data.fiscalYear}.yaml`,
        }),
      );
    }
    data.improvements.forEach((item, i) =>
      item.answeredBy.forEach((ref, j) => {
        if (!ids.has(ref))
          problems.push(
            problem('error', raw.file, `improvements[${i}].answeredBy[${j}]`, {
              th: `ไม่พบมาตรการ "${ref}" (ต้องมีไฟล์ content/measures/${ref}.mdx)`,
              en: `there is no measure "${ref}" (expected content/measures/${ref}.mdx)`,
            }),
          );
      }),
    );
  }
}

export function checkReports(reports: ParsedEntry<ReportRoundEntry>[], problems: Problem[]): void {
  for (const { raw, data } of reports) {
    const expected = `${data.fiscalYear}-${data.round}.yaml`;
    if (raw.entry !== expected) {
      problems.push(
        problem('error', raw.file, 'round', {
          th: `ไฟล์รายงานปี ${data.fiscalYear} รอบ ${data.round} เดือน ต้องชื่อ ${expected}`,
          en: `the report for ${data.fiscalYear}, ${data.round}-month round must be named ${expected}`,
        }),
      );
    }
  }
}

/** Every evidence file an entry names must exist, drafts' too (a draft made public later must not break). */
export function checkEvidenceFilesExist(
  evidenceDir: string,
  refs: readonly EvidenceReference[],
  problems: Problem[],
): void {
  for (const { file, source, field } of refs) {
    if (existsSync(join(evidenceDir, file))) continue;
    // "content/evidence/2569/x.pdf" names the folder twice: paths are written from inside content/evidence/.
    const inner = suggestEvidencePath(file);
    const hint =
      inner && existsSync(join(evidenceDir, inner))
        ? [
            ` — หมายถึง ${inner} หรือไม่ (เขียนชื่อโดยไม่ต้องขึ้นต้นด้วย content/evidence/)`,
            `; did you mean ${inner}? (write the name without content/evidence/)`,
          ]
        : ['', ''];
    problems.push(
      problem('error', source, field, {
        th: `ไม่พบไฟล์หลักฐาน content/evidence/${file} — ตรวจชื่อไฟล์หรือคัดลอกไฟล์ไปไว้ที่นั่น${hint[0]}`,
        en: `the evidence file content/evidence/${file} does not exist: check the name or copy the file there${hint[1]}`,
      }),
    );
  }
}

function reportDuplicates(
  values: string[],
  file: string,
  field: string,
  th: string,
  en: string,
  problems: Problem[],
): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value))
      problems.push(problem('error', file, field, { th: `${th} "${value}" ซ้ำกัน`, en: `duplicate ${en} "${value}"` }));
    seen.add(value);
  }
}
