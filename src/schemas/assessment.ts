import { z } from 'zod';
import { fiscalYearSchema, textListSchema } from './common';
import { daySchema } from './dates';

/**
 * A fiscal year's ITA result and its analysis (`content/assessments/<year>.yaml`).
 * The "issues to fix" mirror the table agencies publish: indicator, score %,
 * issue to fix urgently, measure, steps, responsible unit.
 */
export const indicatorScoreSchema = z.strictObject({
  /** Indicator number 1–10 (IIT 1–5, EIT 6–8, OIT 9–10). */
  number: z.number().int().min(1).max(10),
  /** Thai title of the indicator. */
  title: z.string().min(1),
  /** Score in percent, 0–100. */
  score: z.number().min(0).max(100, { error: 'คะแนนต้องอยู่ระหว่าง 0 ถึง 100 / a score must be between 0 and 100' }),
});
export type IndicatorScore = z.output<typeof indicatorScoreSchema>;

export const improvementSchema = z.strictObject({
  /** Indicator number the issue belongs to. */
  indicator: z.number().int().min(1).max(10),
  /** The weakness found (ประเด็นที่ต้องแก้ไขโดยเร่งด่วน). */
  issue: z.string().min(1),
  /** What the organisation will do about it. */
  action: z.string().min(1),
  /** Steps of that action. */
  steps: z.array(z.string()).default([]),
  /** Units responsible. */
  responsible: textListSchema.default([]),
  /** Measures that answer it, as `<fiscal year>/<measure slug>`. */
  answeredBy: z
    .array(
      z.string().regex(/^\d{4}\/[a-z0-9-]+$/, {
        error: 'ให้อ้างมาตรการเป็น ปี/ชื่อไฟล์ เช่น 2569/open-data / refer to a measure as year/slug, e.g. 2569/open-data',
      }),
    )
    .default([]),
});
export type Improvement = z.output<typeof improvementSchema>;

const assessmentFields = z.strictObject({
  /** Fiscal year that was assessed (a report of fiscal year N usually analyses ITA N−1). */
  fiscalYear: fiscalYearSchema,
  /** Total ITA score, 0–100. Left empty (`totalScore:`) only in a draft, when the document did not give it. */
  totalScore: z.number().min(0).max(100).nullable(),
  /** Grade or rating as published by the NACC, e.g. A or ผ่าน. Left empty only in a draft, when the document did not state it. */
  rating: z.string().min(1).nullable(),
  /** Pass mark used that year (85 in recent years). */
  passMark: z.number().min(0).max(100).default(85),
  /** Day the result was announced. */
  announced: daySchema.optional(),
  /** Score per indicator; a draft may list only the ones the document gave. */
  indicators: z.array(indicatorScoreSchema).default([]),
  /** Issues to fix found in the analysis. */
  improvements: z.array(improvementSchema).default([]),
  /** Drafts are never published. */
  draft: z.boolean().default(false),
});

export const assessmentSchema = assessmentFields.transform((data, ctx) => {
  if (!data.draft) {
    if (data.totalScore === null)
      ctx.addIssue({
        code: 'custom',
        path: ['totalScore'],
        message:
          'ยังไม่ได้เติมคะแนนรวม ต้องเติมก่อนเผยแพร่ (หรือคง draft: true ไว้) / the total score is empty: fill it in before publishing (or keep draft: true)',
      });
    if (data.rating === null)
      ctx.addIssue({
        code: 'custom',
        path: ['rating'],
        message:
          'ยังไม่ได้เติมระดับผลการประเมิน ต้องเติมก่อนเผยแพร่ (หรือคง draft: true ไว้) / the rating is empty: fill it in before publishing (or keep draft: true)',
      });
    if (!data.indicators.length)
      ctx.addIssue({
        code: 'custom',
        path: ['indicators'],
        message: 'ต้องมีคะแนนอย่างน้อย 1 ตัวชี้วัด / at least one indicator score is needed',
      });
    if (data.totalScore === null || data.rating === null || !data.indicators.length) return z.NEVER;
  }
  // A draft is never published; its empty fields get stand-ins so the rest of it can be checked.
  return { ...data, totalScore: data.totalScore ?? 0, rating: data.rating ?? '' };
});
export type Assessment = z.output<typeof assessmentSchema>;
