import type { z } from 'zod';
import { announcementSchema } from '@/schemas/announcement';
import { assessmentSchema } from '@/schemas/assessment';
import { frameworkSchema } from '@/schemas/framework';
import { measureSchema } from '@/schemas/measure';
import { oitItemPageSchema } from '@/schemas/oit-item';
import { organisationSchema } from '@/schemas/organisation';
import { reportRoundEntrySchema } from '@/schemas/report-round';

/** A kind of content file the editor can open, found from its place under `content/`. */
export interface ContentKind {
  id: 'organisation' | 'framework' | 'measure' | 'announcement' | 'assessment' | 'report' | 'oit-item';
  /** Relative path (under content/) pattern that files of this kind have. */
  pattern: RegExp;
  isYaml: boolean;
  schema: z.ZodType;
}

/** The same schemas the build reads with, so a saved file passes exactly the build's schema check. */
export const CONTENT_KINDS: readonly ContentKind[] = [
  { id: 'organisation', pattern: /^organisation\.ya?ml$/, isYaml: true, schema: organisationSchema },
  { id: 'framework', pattern: /^frameworks\/[^/]+\.ya?ml$/, isYaml: true, schema: frameworkSchema },
  { id: 'measure', pattern: /^measures\/(?:[^/]+\/)*[^/]+\.mdx?$/, isYaml: false, schema: measureSchema },
  {
    id: 'announcement',
    pattern: /^announcements\/(?:[^/]+\/)*[^/]+\.mdx?$/,
    isYaml: false,
    schema: announcementSchema,
  },
  { id: 'assessment', pattern: /^assessments\/[^/]+\.ya?ml$/, isYaml: true, schema: assessmentSchema },
  { id: 'report', pattern: /^reports\/[^/]+\.ya?ml$/, isYaml: true, schema: reportRoundEntrySchema },
  { id: 'oit-item', pattern: /^oit\/\d{4}\/O\d{1,2}\.mdx?$/, isYaml: false, schema: oitItemPageSchema },
];

/** Finds the kind of a path relative to content/, or undefined when the editor may not write it. */
export function findContentKind(relativePath: string): ContentKind | undefined {
  return CONTENT_KINDS.find((kind) => kind.pattern.test(relativePath));
}
