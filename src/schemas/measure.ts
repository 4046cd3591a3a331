import { z } from 'zod';
import { bahtSchema, fiscalYearSchema, slugSchema, textListSchema } from './common';
import { daySchema, periodInputSchema, resolvePeriod, type Period } from './dates';
import { evidenceSchema } from './evidence';
import { oitTopicSchema } from './oit-topic';
import { privacyOverrideSchema } from './privacy';
import { measureStatusSchema, reportRoundSchema } from './status';

/**
 * A measure (มาตรการ) in `content/measures/<fiscal year>/<slug>.mdx`. Front
 * matter holds the table columns of the agencies' own reports; the MDX body is
 * free narrative. Cross-entry rules (the issue exists in that year's framework,
 * the folder matches the year, slugs are unique, evidence files exist) are
 * checked by `src/lib/validate/`.
 */

/** What was reported for one round (6-month or 12-month). */
export const measureProgressSchema = z.strictObject({
  /** 6 or 12. */
  round: reportRoundSchema,
  /** Status at the end of the round. */
  status: measureStatusSchema,
  /** Results of the round (ผลการดำเนินการ). */
  outputs: textListSchema.default([]),
  /** Outcomes seen by the end of the round (ผลลัพธ์). */
  outcomes: textListSchema.default([]),
  /** Obstacles met in the round (อุปสรรค). */
  obstacles: textListSchema.default([]),
  /** Baht disbursed by the end of the round. */
  disbursed: bahtSchema.optional(),
  /** Day the round's figures refer to (ISO or Thai). */
  asOf: daySchema.optional(),
});
export type MeasureProgress = z.output<typeof measureProgressSchema>;

export const measureBudgetSchema = z.strictObject({
  /** Baht allocated for the year. 0 means the measure needs no budget. */
  allocated: bahtSchema,
  /** Baht disbursed so far. */
  disbursed: bahtSchema.optional(),
  /** Source of the money, e.g. งบประมาณรายจ่ายประจำปี. */
  source: z.string().optional(),
});

const measureFields = z.strictObject({
  /** Buddhist-era fiscal year; must match the folder `content/measures/<year>/`. */
  fiscalYear: fiscalYearSchema,
  /** Code of the issue (ประเด็น/ตัวชี้วัด) in that year's framework file. */
  issue: slugSchema,
  /** Position within the issue, as numbered in the report (1, 2, 3 …). */
  order: z.number().int().positive(),
  /** Stable URL name; defaults to the file name. Never reuse one for a different measure. */
  slug: slugSchema.optional(),
  /** Title of the measure or activity. */
  title: z.string().min(3),
  /** One-sentence summary for lists, search results and social cards. */
  summary: z.string().optional(),
  /** Steps, in order (ขั้นตอน/วิธีการปฏิบัติ). Left empty (`steps:`) only in a draft, for the clerk to fill. */
  steps: z
    .null()
    .or(
      textListSchema.pipe(z.array(z.string()).min(1, { error: 'ต้องมีขั้นตอนอย่างน้อย 1 ข้อ / at least one step is needed' })),
    ),
  /** When it runs: omitted or `whole-year` for the whole fiscal year, `{ start, end }`, or report text. Left empty (`period:`) only in a draft. */
  period: periodInputSchema.nullable().optional(),
  /** Units responsible (หน่วยงานผู้รับผิดชอบ). Left empty only in a draft. */
  responsible: z
    .null()
    .or(
      textListSchema.pipe(
        z.array(z.string()).min(1, { error: 'ต้องระบุหน่วยงานผู้รับผิดชอบ / a responsible unit is needed' }),
      ),
    ),
  /** Outputs (ผลการดำเนินการ / output). */
  outputs: textListSchema.default([]),
  /** Outcomes (ผลลัพธ์ / outcome). */
  outcomes: textListSchema.default([]),
  /** Status as of the latest report. Left empty (`status:`) only in a draft, when the report did not say. */
  status: measureStatusSchema.nullable(),
  /** Obstacles (อุปสรรค). */
  obstacles: textListSchema.default([]),
  /** Budget in baht; omit when the measure has none. */
  budget: measureBudgetSchema.optional(),
  /** What each reporting round said. */
  progress: z.array(measureProgressSchema).default([]),
  /** Photos, documents and links proving the steps happened. */
  evidence: evidenceSchema,
  /** OIT topics this measure answers (see oit-topic.ts). */
  oitTopics: z.array(oitTopicSchema).default([]),
  /** OIT item codes of that year's framework the report names for this measure (e.g. O37), kept as the report wrote them. */
  oitItems: z
    .array(z.string().regex(/^O\d{1,2}$/, { error: 'รหัสข้อ OIT ต้องเป็นเช่น O37 / an OIT code looks like O37' }))
    .default([]),
  /** Day the content was last changed (ISO or Thai); shown to assessors. */
  updated: daySchema.optional(),
  /** Draft entries are never published anywhere. */
  draft: z.boolean().default(false),
  /** Explicit permission to publish values the privacy guard would stop. */
  privacyOverride: privacyOverrideSchema.optional(),
});

/** Fields a draft may leave empty for the clerk; a published measure needs them all. */
const FILL_LATER = ['steps', 'period', 'responsible', 'status'] as const;

export const measureSchema = measureFields.transform((data, ctx) => {
  const empty = FILL_LATER.filter((field) => data[field] === null);
  if (empty.length && !data.draft) {
    for (const field of empty)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `ช่อง ${field} ยังว่าง ต้องเติมก่อนเผยแพร่ (หรือคง draft: true ไว้) / the field ${field} is still empty: fill it in before publishing (or keep draft: true)`,
      });
    return z.NEVER;
  }
  // A draft is never published: its empty fields only need a stand-in so the rest of the entry can be checked.
  const filled = {
    ...data,
    steps: data.steps ?? [],
    responsible: data.responsible ?? [],
    status: data.status ?? ('planned' as const),
    period: data.period ?? undefined,
  };
  const resolved = resolvePeriod(filled.period, data.fiscalYear);
  if (!resolved.ok) {
    ctx.addIssue({ code: 'custom', path: ['period'], message: resolved.message });
    return z.NEVER;
  }
  const rounds = data.progress.map((p) => p.round);
  if (new Set(rounds).size !== rounds.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['progress'],
      message:
        'รอบรายงานซ้ำกัน แต่ละรอบ (6, 12) ใส่ได้ครั้งเดียว / a reporting round appears twice; give each round (6, 12) once',
    });
    return z.NEVER;
  }
  return { ...filled, period: resolved.period satisfies Period };
});
export type Measure = z.output<typeof measureSchema>;
