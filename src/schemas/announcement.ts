import { z } from 'zod';
import { fiscalYearSchema, signatorySchema, slugSchema } from './common';
import { daySchema } from './dates';
import { evidencePathSchema } from './evidence';
import { oitTopicSchema } from './oit-topic';
import { privacyOverrideSchema } from './privacy';

/**
 * An official announcement (ประกาศ) in `content/announcements/<slug>.mdx`,
 * e.g. the No Gift Policy. The MDX body is the notice's text. A translation is
 * a second file with `lang: en` and the same `translationKey`.
 */
export const ANNOUNCEMENT_KINDS = ['no-gift-policy', 'integrity-intent', 'other'] as const;

export const announcementSchema = z.strictObject({
  /** No Gift Policy, declaration of integrity intent (เจตจำนงสุจริต), or another notice. */
  kind: z.enum(ANNOUNCEMENT_KINDS, {
    error:
      'ชนิดประกาศต้องเป็น no-gift-policy, integrity-intent หรือ other / kind must be no-gift-policy, integrity-intent or other',
  }),
  /** Title as printed on the notice. */
  title: z.string().min(3),
  /** Notice number as printed, e.g. `ที่ ๑๒/๒๕๖๘`. */
  number: z.string().optional(),
  /** Day the notice was signed (ISO or Thai). */
  date: daySchema,
  /** Buddhist-era fiscal year the notice belongs to. */
  fiscalYear: fiscalYearSchema,
  /** Who signed it. Their name and position are public on the official notice. */
  signatory: signatorySchema,
  /** Language of this version. */
  lang: z.enum(['th', 'en']).default('th'),
  /** Shared by the Thai and English versions of one notice, so each can link to the other. */
  translationKey: slugSchema.optional(),
  /** Stable URL name; defaults to the file name. */
  slug: slugSchema.optional(),
  /** One-sentence summary for lists and social cards. */
  summary: z.string().optional(),
  /** Files attached, above all the signed scan as PDF. */
  attachments: z
    .array(
      z.strictObject({
        /** File inside `content/evidence/`. */
        file: evidencePathSchema,
        /** What the file is, e.g. ประกาศฉบับลงนาม (PDF). */
        title: z.string().min(1),
        /** Language of the file when it differs from the page, e.g. the Thai original attached to an English page. */
        lang: z.enum(['th', 'en']).optional(),
      }),
    )
    .default([]),
  /** OIT topics this notice answers. */
  oitTopics: z.array(oitTopicSchema).default([]),
  /** Day the content was last changed. */
  updated: daySchema.optional(),
  /** Draft entries are never published anywhere. */
  draft: z.boolean().default(false),
  /** Explicit permission to publish values the privacy guard would stop. */
  privacyOverride: privacyOverrideSchema.optional(),
});
export type Announcement = z.output<typeof announcementSchema>;
