import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionSource } from '@/lib/content/collections';
import { createEntryId } from '@/lib/content/entry-id';

// Only wiring: the folders, patterns and schemas are the table in src/lib/content/collections.ts, which the
// validator reads too; schemas live in src/schemas/, cross-entry rules in src/lib/validate/.
const loader = (source: CollectionSource) =>
  glob({
    pattern: source.pattern,
    base: `./content/${source.folder}`,
    ...(source.idFromSlug ? { generateId: createEntryId } : {}),
  });

const { organisation, frameworks, measures, announcements, assessments, reports, oitItems } = COLLECTIONS;
export const collections = {
  organisation: defineCollection({ loader: loader(organisation), schema: organisation.schema }),
  frameworks: defineCollection({ loader: loader(frameworks), schema: frameworks.schema }),
  measures: defineCollection({ loader: loader(measures), schema: measures.schema }),
  announcements: defineCollection({ loader: loader(announcements), schema: announcements.schema }),
  assessments: defineCollection({ loader: loader(assessments), schema: assessments.schema }),
  reports: defineCollection({ loader: loader(reports), schema: reports.schema }),
  oitItems: defineCollection({ loader: loader(oitItems), schema: oitItems.schema }),
};
