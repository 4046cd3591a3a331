import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { announcementSchema } from './schemas/announcement';
import { assessmentSchema } from './schemas/assessment';
import { frameworkSchema } from './schemas/framework';
import { measureSchema } from './schemas/measure';
import { organisationSchema } from './schemas/organisation';
import { reportRoundEntrySchema } from './schemas/report-round';
import { oitItemPageSchema } from './schemas/oit-item';
import { createEntryId } from './lib/content/entry-id';

// Only wiring: schemas live in src/schemas/, cross-entry rules in src/lib/validate/.
const base = './content';

export const collections = {
  organisation: defineCollection({
    loader: glob({ pattern: 'organisation.yaml', base }),
    schema: organisationSchema,
  }),
  frameworks: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${base}/frameworks` }),
    schema: frameworkSchema,
  }),
  measures: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${base}/measures`, generateId: createEntryId }),
    schema: measureSchema,
  }),
  announcements: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${base}/announcements`, generateId: createEntryId }),
    schema: announcementSchema,
  }),
  assessments: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${base}/assessments` }),
    schema: assessmentSchema,
  }),
  reports: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${base}/reports` }),
    schema: reportRoundEntrySchema,
  }),
  oitItems: defineCollection({
    loader: glob({ pattern: '*/*.{md,mdx}', base: `${base}/oit`, generateId: createEntryId }),
    schema: oitItemPageSchema,
  }),
};
