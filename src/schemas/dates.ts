import { z } from 'zod';
import { parseThaiDate, parseThaiDateText } from '@/lib/thai/parse-date-text';
import { normaliseDateInput } from './common';

/**
 * A single calendar day. Accepts ISO (`2025-03-31`) or the Thai forms found in
 * real reports (`๓๑ มี.ค. ๖๘`, `31 มีนาคม 2568`). Output is always ISO.
 */
export const daySchema = z.preprocess(normaliseDateInput, z.string()).transform((text, ctx) => {
  // ISO goes through the parser too: Date.parse would accept 2025-02-30.
  const parsed = parseThaiDate(text.trim());
  if (parsed.ok) return parsed.date;
  ctx.addIssue({
    code: 'custom',
    message: `อ่านวันที่ "${text}" ไม่ได้: ${parsed.reason} — ให้เขียนเช่น 2025-03-31 หรือ ๓๑ มี.ค. ๖๘ / cannot read the date "${text}": ${parsed.reasonEn} — write e.g. 2025-03-31 or ๓๑ มี.ค. ๖๘`,
  });
  return z.NEVER;
});

/** A period as stored after validation: ISO start and end, and whether it is the whole fiscal year. */
export interface Period {
  /** First day, ISO. */
  start: string;
  /** Last day, ISO. */
  end: string;
  /** True when the text said "throughout the fiscal year" (ตลอดปีงบประมาณ) or no period was given. */
  wholeFiscalYear: boolean;
  /** The text as the author wrote it, kept so pages can quote the report's own wording. */
  text?: string;
}

/**
 * The raw period of a measure: omitted (= the whole fiscal year), `whole-year`,
 * `{ start, end }`, or the Thai text of a report such as `๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘`.
 * It is resolved against the measure's fiscal year by {@link resolvePeriod}.
 */
export const periodInputSchema = z.union([
  z.literal('whole-year'),
  z.strictObject({
    /** First day (ISO or Thai). */
    start: daySchema,
    /** Last day (ISO or Thai). */
    end: daySchema,
  }),
  z.string().min(1),
]);
export type PeriodInput = z.output<typeof periodInputSchema>;

/** Turns a period input into ISO dates, or explains in Thai and English why it cannot. */
export function resolvePeriod(
  input: PeriodInput | undefined,
  fiscalYear: number,
): { ok: true; period: Period } | { ok: false; message: string } {
  const text = typeof input === 'string' && input !== 'whole-year' ? input : undefined;
  const parsed =
    input === undefined || input === 'whole-year'
      ? parseThaiDateText(`ปีงบประมาณ ${fiscalYear}`)
      : typeof input === 'string'
        ? parseThaiDateText(input, { fiscalYear })
        : { ok: true as const, start: input.start, end: input.end, wholeFiscalYear: false };
  if (!parsed.ok) {
    return {
      ok: false,
      message: `อ่านช่วงเวลา "${parsed.text}" ไม่ได้: ${parsed.reason} — ให้เขียนเช่น "๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘" หรือ "ตลอดปีงบประมาณ" / cannot read the period "${parsed.text}": ${parsed.reasonEn} — write e.g. "๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘" or "whole-year"`,
    };
  }
  if (parsed.end < parsed.start) {
    return {
      ok: false,
      message: `วันสิ้นสุด (${parsed.end}) มาก่อนวันเริ่ม (${parsed.start}) / the end date (${parsed.end}) is before the start (${parsed.start})`,
    };
  }
  return {
    ok: true,
    period: {
      start: parsed.start,
      end: parsed.end,
      wholeFiscalYear: parsed.wholeFiscalYear,
      ...(text ? { text } : {}),
    },
  };
}
