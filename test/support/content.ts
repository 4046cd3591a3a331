import { measureSchema } from '@/schemas/measure';
import { reportRoundEntrySchema } from '@/schemas/report-round';
import { announcementSchema } from '@/schemas/announcement';
import type { ValidatedContent } from '@/lib/validate/validate-content';

/** In-memory content for unit tests of checks, parsed by the real schemas. */
export function makeContent(parts: {
  measures?: [string, unknown][];
  reports?: [string, unknown][];
  announcements?: [string, unknown][];
}): ValidatedContent {
  const entry =
    <T>(folder: string, schema: { parse(v: unknown): T }) =>
    ([file, data]: [string, unknown]) => ({
      raw: { file: `content/${folder}/${file}`, entry: file, data: data as Record<string, unknown>, body: '' },
      data: schema.parse(data),
    });
  return {
    frameworks: [],
    assessments: [],
    measures: (parts.measures ?? []).map(entry('measures', measureSchema)),
    reports: (parts.reports ?? []).map(entry('reports', reportRoundEntrySchema)),
    announcements: (parts.announcements ?? []).map(entry('announcements', announcementSchema)),
  };
}

export const person = { name: 'นายทดสอบ ระบบ', position: 'ปลัดองค์การบริหารส่วนตำบล' };

export function measure(fiscalYear: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    fiscalYear,
    issue: 'transparency',
    order: 1,
    title: 'เผยแพร่ข้อมูลสาธารณะ',
    steps: ['ประชุม'],
    responsible: ['สำนักปลัด'],
    status: 'done',
    ...extra,
  };
}

export function report(
  fiscalYear: number,
  round: 6 | 12,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    fiscalYear,
    round,
    title: `รายงานผลการดำเนินการ รอบ ${round} เดือน`,
    reportedOn: round === 6 ? `${fiscalYear - 543}-04-10` : `${fiscalYear - 543}-10-05`,
    reportedBy: person,
    approvedBy: person,
    ...extra,
  };
}
