import { z } from 'zod';
import { fiscalYearSchema, signatorySchema } from './common';
import { daySchema } from './dates';
import { reportRoundSchema } from './status';

/**
 * The formal header of a 6- or 12-month report (`content/reports/<year>-<round>.yaml`):
 * the part of the agencies' report above the table.
 */
export const reportRoundEntrySchema = z.strictObject({
  /** Fiscal year reported on. */
  fiscalYear: fiscalYearSchema,
  /** 6 or 12 (months). */
  round: reportRoundSchema,
  /** Title as printed, e.g. รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ๖ เดือน. */
  title: z.string().min(3),
  /** First day covered; defaults to 1 October of the fiscal year. */
  periodStart: daySchema.optional(),
  /** Last day covered; defaults to 31 March (6-month) or 30 September (12-month). */
  periodEnd: daySchema.optional(),
  /** Day the report was made. */
  reportedOn: daySchema,
  /** Who made the report. */
  reportedBy: signatorySchema,
  /** Who approved it (the chief executive). */
  approvedBy: signatorySchema,
  /** Day it was approved. */
  approvedOn: daySchema.optional(),
  /** Short summary printed above the table. */
  summary: z.string().optional(),
  /** Drafts are never published. */
  draft: z.boolean().default(false),
});
export type ReportRoundEntry = z.output<typeof reportRoundEntrySchema>;
