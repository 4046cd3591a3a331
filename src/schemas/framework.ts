import { z } from 'zod';
import { fiscalYearSchema, slugSchema } from './common';
import { oitTopicSchema } from './oit-topic';

/**
 * A fiscal year's framework (`content/frameworks/<year>.yaml`): the issues that
 * measures are grouped under, and that year's OIT item codes. A new ITA year is
 * a new data file, not new code.
 */

/** One issue (ประเด็น or ตัวชี้วัด) that measures are filed under. */
export const frameworkIssueSchema = z.strictObject({
  /** Stable ASCII code used in measure front matter and in URLs, e.g. `transparency` or `iit-1`. */
  code: slugSchema.refine((code) => !/^round-/.test(code), {
    error: 'รหัสประเด็นห้ามขึ้นต้นด้วย round- เพราะใช้เป็นที่อยู่หน้ารายงานรอบ ๖/๑๒ เดือน / an issue code must not start with "round-": those addresses are the 6-/12-month report pages',
  }),
  /** Number as printed in the report (ประเด็นที่ ๑, ตัวชี้วัดที่ ๑). */
  number: z.number().int().positive(),
  /** Thai title. */
  title: z.string().min(1),
  /** English title, for the English pages and social cards. */
  titleEn: z.string().optional(),
  /** Group of the issue, e.g. IIT / EIT / OIT for the ITA indicators; omitted for the 7 ประเด็น. */
  group: z.enum(['IIT', 'EIT', 'OIT']).optional(),
});
export type FrameworkIssue = z.output<typeof frameworkIssueSchema>;

/** One OIT item of the year: which topic it is, and its O-code that year. */
export const oitItemSchema = z.strictObject({
  /** Stable topic key (see oit-topic.ts). */
  topic: oitTopicSchema,
  /** The O-code in that year's ITA handbook, e.g. `O25`. */
  code: z.string().regex(/^O\d{1,2}$/, { error: 'รหัสข้อ OIT ต้องเป็นเช่น O25 / the OIT code must look like O25' }),
  /** Thai title of the item as the ITA handbook words it. */
  title: z.string().min(1),
  /** False when the code could not be confirmed from NACC's published material. */
  confirmed: z.boolean().default(false),
  /** Where the code comes from, or why it is unconfirmed. */
  note: z.string().optional(),
});
export type OitItem = z.output<typeof oitItemSchema>;

export const frameworkSchema = z.strictObject({
  /** Buddhist-era fiscal year this framework applies to. */
  fiscalYear: fiscalYearSchema,
  /** Which grouping the year's report uses: the 7 ประเด็น or the 10 ITA ตัวชี้วัด. */
  scheme: z.enum(['issues-7', 'indicators-10', 'custom']),
  /** Word printed before each issue number: ประเด็น or ตัวชี้วัด. */
  issueLabel: z.string().default('ประเด็น'),
  /** The issues, in report order. */
  issues: z.array(frameworkIssueSchema).min(1),
  /** OIT items this site answers, with that year's codes. */
  oitItems: z.array(oitItemSchema).default([]),
});
export type Framework = z.output<typeof frameworkSchema>;
