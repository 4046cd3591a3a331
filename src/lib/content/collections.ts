import type { z } from 'zod';
import { announcementSchema } from '@/schemas/announcement';
import { assessmentSchema } from '@/schemas/assessment';
import { frameworkSchema } from '@/schemas/framework';
import { measureSchema } from '@/schemas/measure';
import { oitItemPageSchema } from '@/schemas/oit-item';
import { organisationSchema } from '@/schemas/organisation';
import { reportRoundEntrySchema } from '@/schemas/report-round';

/** Where one collection's files are and what they must contain. */
export interface CollectionSource {
  /** Folder under content/ (`''`: content/ itself). */
  folder: string;
  /**
   * Glob of its files inside the folder, as Astro's glob loader reads them; the validator reads exactly
   * the same files, and reports a file of the same kind elsewhere in the folder as one that would be skipped.
   */
  pattern: string;
  /** The zod schema of a file's front matter (MDX) or of the whole file (YAML). */
  schema: z.ZodType;
  /** The id is the folder path plus the slug (src/lib/content/entry-id.ts), so two fiscal years never collide. */
  idFromSlug: boolean;
  /** What one file is, Thai and English, for messages. */
  what: readonly [string, string];
  /** Where a file must be, Thai and English, for the message about one elsewhere in the folder. */
  place: readonly [string, string];
}

/**
 * The one table of content collections: src/content.config.ts hands it to Astro, and the validator
 * (src/lib/validate/validate-content.ts) reads the same files with the same schemas before Astro starts.
 * Only `.mdx` and `.yaml` are read: `.md` and `.yml` are reported as names to fix (src/lib/validate/file-names.ts).
 */
export const COLLECTIONS = {
  organisation: {
    folder: '',
    pattern: 'organisation.yaml',
    schema: organisationSchema,
    idFromSlug: false,
    what: ['ข้อมูลหน่วยงาน', 'organisation'],
    place: ['content/organisation.yaml', 'content/organisation.yaml'],
  },
  frameworks: {
    folder: 'frameworks',
    pattern: '*.yaml',
    schema: frameworkSchema,
    idFromSlug: false,
    what: ['กรอบประเด็น', 'framework'],
    place: ['content/frameworks/<ปีงบประมาณ>.yaml', 'content/frameworks/<fiscal year>.yaml'],
  },
  measures: {
    folder: 'measures',
    pattern: '**/*.mdx',
    schema: measureSchema,
    idFromSlug: true,
    what: ['มาตรการ', 'measure'],
    place: ['content/measures/<ปีงบประมาณ>/<ชื่อ>.mdx', 'content/measures/<fiscal year>/<name>.mdx'],
  },
  announcements: {
    folder: 'announcements',
    pattern: '**/*.mdx',
    schema: announcementSchema,
    idFromSlug: true,
    what: ['ประกาศ', 'announcement'],
    place: ['content/announcements/<ชื่อ>.mdx', 'content/announcements/<name>.mdx'],
  },
  assessments: {
    folder: 'assessments',
    pattern: '*.yaml',
    schema: assessmentSchema,
    idFromSlug: false,
    what: ['ผลการประเมิน', 'assessment'],
    place: ['content/assessments/<ปีงบประมาณ>.yaml', 'content/assessments/<fiscal year>.yaml'],
  },
  reports: {
    folder: 'reports',
    pattern: '*.yaml',
    schema: reportRoundEntrySchema,
    idFromSlug: false,
    what: ['รายงานรอบ', 'report round'],
    place: ['content/reports/<ปีงบประมาณ>-<รอบ>.yaml', 'content/reports/<fiscal year>-<round>.yaml'],
  },
  oitItems: {
    folder: 'oit',
    pattern: '*/*.mdx',
    schema: oitItemPageSchema,
    idFromSlug: true,
    what: ['หน้าข้อ OIT', 'OIT item page'],
    place: ['content/oit/<ปีงบประมาณ>/<รหัสข้อ>.mdx', 'content/oit/<fiscal year>/<code>.mdx'],
  },
} as const satisfies Record<string, CollectionSource>;

export type CollectionName = keyof typeof COLLECTIONS;

/** The extension a collection's files are read with (`.mdx` or `.yaml`), from its pattern. */
export function extensionOf(source: Pick<CollectionSource, 'pattern'>): '.mdx' | '.yaml' {
  return source.pattern.endsWith('.mdx') ? '.mdx' : '.yaml';
}
