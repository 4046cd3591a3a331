import { isPublished } from '@/lib/content/entry-id';
import {
  formatEnglishDate,
  formatThaiDate,
  formatThaiDateRange,
  fiscalYearOf,
  fiscalYearRange,
  reportRoundDueDate,
  reportRoundRange,
  toArabicDigits,
} from '@/lib/thai';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import type { ValidatedContent } from '@/lib/validate/validate-content';
import type { CheckOutcome } from './outcome';

const YEAR_MENTION = /ปีงบประมาณ\s*(?:พ\.\s?ศ\.\s*)?([0-9\u0e50-\u0e59]{4})/g;

/** Fiscal years a text names ("ปีงบประมาณ พ.ศ. ๒๕๖๘" → 2568). */
export function findFiscalYearMentions(text: string): number[] {
  return [...text.matchAll(YEAR_MENTION)].map((m) => Number(toArabicDigits(m[1]!)));
}

const range = (start: string, end: string) =>
  `${formatThaiDateRange(start, end)} / ${formatEnglishDate(start)} – ${formatEnglishDate(end)}`;

/**
 * Assessors mark down a report that covers the wrong months and a plan that
 * names the wrong year, so each is checked against the year it claims; a
 * round whose report is due by the calendar but missing is reported.
 */
export function checkFiscalYears(content: ValidatedContent, today: string): CheckOutcome {
  const problems: Problem[] = [];
  for (const { raw, data } of content.reports.filter(isPublished)) {
    const expected = reportRoundRange(data.fiscalYear, data.round);
    const [th, en] = range(expected.start, expected.end).split(' / ');
    for (const [field, value, want] of [
      ['periodStart', data.periodStart, expected.start],
      ['periodEnd', data.periodEnd, expected.end],
    ] as const) {
      if (value && value !== want) {
        problems.push(
          problem('error', raw.file, field, {
            th: `รายงานรอบ ${data.round} เดือน ปีงบประมาณ ${data.fiscalYear} ต้องครอบคลุม ${th} แต่ระบุ ${formatThaiDate(value)}`,
            en: `the ${data.round}-month report for fiscal year ${data.fiscalYear} must cover ${en}, but this says ${formatEnglishDate(value)}`,
          }),
        );
      }
    }
    if (data.reportedOn < expected.end) {
      problems.push(
        problem('warning', raw.file, 'reportedOn', {
          th: `วันที่รายงาน ${formatThaiDate(data.reportedOn)} อยู่ก่อนสิ้นรอบ (${formatThaiDate(expected.end)}) ตรวจว่าปีหรือรอบถูกต้อง`,
          en: `the report date ${formatEnglishDate(data.reportedOn)} is before the round ends (${formatEnglishDate(expected.end)}): check the year and round`,
        }),
      );
    }
    // Only the title: a summary may rightly say what carries over into next year.
    problems.push(...checkMentions(data.title, data.fiscalYear, raw.file, 'title', 'error'));
    const otherRound = data.round === 6 ? /(?:12|๑๒)\s*เดือน/ : /(?:^|[^0-9\u0e50-\u0e59])(?:6|๖)\s*เดือน/;
    if (otherRound.test(data.title)) {
      problems.push(
        problem('error', raw.file, 'title', {
          th: `ชื่อรายงานพูดถึงรอบอื่น แต่ไฟล์นี้เป็นรอบ ${data.round} เดือน`,
          en: `the title names another round, but this file is the ${data.round}-month report`,
        }),
      );
    }
  }
  const planYears = new Set<number>();
  for (const { raw, data } of content.measures.filter(isPublished)) {
    planYears.add(data.fiscalYear);
    const year = fiscalYearRange(data.fiscalYear);
    if (data.period.start < year.start || data.period.end > year.end) {
      const [th, en] = range(year.start, year.end).split(' / ');
      // A warning, not an error: an imported older report can rightly be filed under a later year's plan until
      // its dates are revised; reports and notices that name the wrong year are errors below and above.
      problems.push(
        problem('warning', raw.file, 'period', {
          th: `ช่วงเวลาดำเนินการ (${formatThaiDateRange(data.period.start, data.period.end)}) อยู่นอกปีงบประมาณ ${data.fiscalYear} (${th})`,
          en: `the period (${formatEnglishDate(data.period.start)} – ${formatEnglishDate(data.period.end)}) falls outside fiscal year ${data.fiscalYear} (${en})`,
        }),
      );
    }
    // A plan often builds on last year's assessment ("ผลการประเมินปีงบประมาณ 2567"), so the year before is fine.
    problems.push(
      ...checkMentions(`${data.title}\n${data.summary ?? ''}`, data.fiscalYear, raw.file, 'title', 'warning', [
        data.fiscalYear - 1,
      ]),
    );
  }
  for (const { raw, data } of content.announcements.filter(isPublished)) {
    if (data.kind === 'other') continue;
    problems.push(...checkMentions(data.title, data.fiscalYear, raw.file, 'title', 'error'));
  }
  const current = fiscalYearOf(today);
  // Plans are approved in the first quarter (Oct–Dec), so a missing one is only reported from January.
  const firstQuarterOver = today > `${fiscalYearRange(current).start.slice(0, 4)}-12-31`;
  if (planYears.size > 0 && firstQuarterOver && !planYears.has(current) && Math.max(...planYears) < current) {
    problems.push(
      problem('warning', 'content/measures', undefined, {
        th: `ยังไม่มีมาตรการ (แผน) ของปีงบประมาณปัจจุบัน ${current} ซึ่งควรอนุมัติภายในไตรมาสแรก ผู้ประเมินจะดูแผนของปีนี้ ให้เพิ่มโฟลเดอร์ content/measures/${current}/`,
        en: `there are no measures (plan) for the current fiscal year ${current}, due by the end of its first quarter; assessors look for this year's plan: add content/measures/${current}/`,
      }),
    );
  }
  for (const year of planYears) {
    for (const round of [6, 12] as const) {
      const due = reportRoundDueDate(year, round);
      const has = content.reports.some((r) => isPublished(r) && r.data.fiscalYear === year && r.data.round === round);
      if (today >= due && !has) {
        problems.push(
          problem('warning', `content/reports/${year}-${round}.yaml`, undefined, {
            th: `ถึงกำหนดรายงานรอบ ${round} เดือน ของปีงบประมาณ ${year} แล้ว (ตั้งแต่ ${formatThaiDate(due)}) แต่ยังไม่มีไฟล์ content/reports/${year}-${round}.yaml`,
            en: `the ${round}-month report for fiscal year ${year} has been due since ${formatEnglishDate(due)}, but content/reports/${year}-${round}.yaml is missing`,
          }),
        );
      }
    }
  }
  return {
    name: 'fiscal-year',
    problems,
    stats: { reports: content.reports.length, plans: planYears.size },
    notes: [],
  };
}

function checkMentions(
  text: string,
  fiscalYear: number,
  file: string,
  field: string,
  severity: Problem['severity'],
  alsoAllowed: number[] = [],
): Problem[] {
  const wrong = [...new Set(findFiscalYearMentions(text))].filter((y) => y !== fiscalYear && !alsoAllowed.includes(y));
  return wrong.map((y) =>
    problem(severity, file, field, {
      th: `ข้อความระบุปีงบประมาณ ${y} แต่เรื่องนี้เป็นของปีงบประมาณ ${fiscalYear} แก้ข้อความหรือปีให้ตรงกัน`,
      en: `the text names fiscal year ${y}, but this entry belongs to fiscal year ${fiscalYear}: correct the text or the year`,
    }),
  );
}
