import { z } from 'zod';

/** Where a measure stands. Labels and icons live in the UI dictionary. */
export const MEASURE_STATUSES = ['planned', 'in-progress', 'done', 'not-done'] as const;

export const measureStatusSchema = z.enum(MEASURE_STATUSES, {
  error:
    'สถานะต้องเป็น planned (ยังไม่เริ่ม), in-progress (กำลังดำเนินการ), done (ดำเนินการแล้ว) หรือ not-done (ดำเนินการไม่ได้) / status must be planned, in-progress, done or not-done',
});
export type MeasureStatus = z.output<typeof measureStatusSchema>;

/** The two reporting rounds of the ITA year. */
export const reportRoundSchema = z.union([z.literal(6), z.literal(12)], {
  error: 'รอบรายงานต้องเป็น 6 หรือ 12 (เดือน) / the reporting round must be 6 or 12 (months)',
});
export type ReportRound = z.output<typeof reportRoundSchema>;
