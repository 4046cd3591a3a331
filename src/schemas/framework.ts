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
  code: slugSchema
    .refine((code) => !/^round-/.test(code), {
      error:
        'รหัสประเด็นห้ามขึ้นต้นด้วย round- เพราะใช้เป็นที่อยู่หน้ารายงานรอบ ๖/๑๒ เดือน / an issue code must not start with "round-": those addresses are the 6-/12-month report pages',
    })
    .refine((code) => code !== 'unmapped', {
      error:
        'รหัสประเด็น unmapped สงวนไว้สำหรับมาตรการที่ยังไม่ได้จัดประเด็น / the issue code "unmapped" is kept for imported measures not yet filed under an issue',
    }),
  /** Number as printed in the report (ประเด็นที่ ๑, ตัวชี้วัดที่ ๑). */
  number: z.number().int().positive(),
  /** Thai title. */
  title: z.string().min(1),
  /** English title, for the English pages and social cards. */
  titleEn: z.string().optional(),
  /** Group of the issue, e.g. IIT / EIT / OIT for the ITA indicators; omitted for the 7 ประเด็น. */
  group: z.enum(['IIT', 'EIT', 'OIT']).optional(),
  /** IIT/EIT question codes of this indicator that year (i1–i6, e6–e10), so reports that name a question are filed under it. */
  questions: z
    .array(
      z
        .string()
        .regex(/^[ie]\d{1,2}$/, { error: 'รหัสข้อคำถามต้องเป็นเช่น i12 หรือ e6 / a question code looks like i12 or e6' }),
    )
    .default([]),
});

/**
 * Issue code of the importer's bucket for rows whose issue it could not place:
 * such a measure is always a draft, and the clerk moves it to a real issue.
 * No framework may use it for an issue of its own.
 */
export const UNMAPPED_ISSUE = 'unmapped';
export type FrameworkIssue = z.output<typeof frameworkIssueSchema>;

/** How sure the research is of an item's code and title (H high … L low), from ita-oit-items.md. */
export const oitConfidenceSchema = z.enum(['H', 'M-H', 'M', 'L-M', 'L']);

/**
 * One OIT item of the year, as that year's ITA handbook numbers it. Every item
 * of the year is listed, answered or not, so the answer sheet shows every gap.
 */
export const oitItemSchema = z
  .strictObject({
    /** The O-code in that year's ITA handbook, e.g. `O25`. */
    code: z.string().regex(/^O\d{1,2}$/, { error: 'รหัสข้อ OIT ต้องเป็นเช่น O25 / the OIT code must look like O25' }),
    /** Thai title of the item as the ITA handbook words it. */
    title: z.string().min(1),
    /** ITA indicator the item belongs to (9 การเปิดเผยข้อมูล, 10 การป้องกันการทุจริต). */
    indicator: z.union([z.literal(9), z.literal(10)]),
    /** Sub-group heading the item sits under that year, e.g. ข้อมูลพื้นฐาน. */
    group: z.string().min(1).optional(),
    /**
     * Which fiscal year the data must cover: `current` = the assessed year N,
     * `previous` = N−1 (the "รายงานผล…" items from 2568 on ask for last year's report).
     */
    covers: z.enum(['current', 'previous']).default('current'),
    /**
     * Topics (see oit-topic.ts) that map this item to the site's other content:
     * measures and announcements tagged with a topic, the report rounds
     * (`integrity-measures-report`) and assessments (`ita-analysis`). Empty when the
     * item is answered by its own page in content/oit/<year>/<code>.mdx.
     */
    topics: z.array(oitTopicSchema).default([]),
    /**
     * Other items of the same year whose page (content/oit/<year>/<code>.mdx) also
     * answers this one, e.g. 2566's O3 อำนาจหน้าที่ answered by the O1 page that
     * gives structure and duties together. The item's own page always answers it.
     */
    pages: z
      .array(z.string().regex(/^O\d{1,2}$/, { error: 'ต้องเป็นรหัสข้อ เช่น O1 / must be an item code such as O1' }))
      .default([]),
    /** @deprecated single-topic form kept so older framework files still load; use `topics`. */
    topic: oitTopicSchema.optional(),
    /** False until the code and title are checked against NACC's handbook of that year. */
    confirmed: z.boolean().default(false),
    /** How sure the research is (ita-oit-items.md). */
    confidence: oitConfidenceSchema.optional(),
    /** Where the code and title come from. */
    source: z.string().min(1).optional(),
    /** Staff-only remark: never printed on public pages. */
    note: z.string().optional(),
  })
  .transform((item) => ({
    ...item,
    topics: item.topic && !item.topics.includes(item.topic) ? [item.topic, ...item.topics] : item.topics,
  }));
export type OitItem = z.output<typeof oitItemSchema>;

export const frameworkSchema = z.strictObject({
  /** Buddhist-era fiscal year this framework applies to. */
  fiscalYear: fiscalYearSchema,
  /** True when the OIT items are a stand-in (e.g. 2570 copied from 2569 before NACC published that year's handbook). */
  provisional: z.boolean().default(false),
  /** Why the framework is provisional; shown on the answer sheet. */
  provisionalNote: z.string().optional(),
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
