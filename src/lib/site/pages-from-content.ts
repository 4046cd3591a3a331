import { isPublished } from '../data/published';
import { slugOf } from '../validate/cross-checks';
import type { ParsedEntry } from '../validate/parse-entries';
import type { ValidatedContent } from '../validate/validate-content';
import type { PageSources } from './pages';

/**
 * The page table's sources from content read outside Astro (the build's checks, the
 * benchmarks), by the same rules as the data helpers in lib/data: published entries
 * only, and a fiscal year has pages when its framework has a published measure.
 */
export function pageSourcesFromContent(content: ValidatedContent): PageSources<ParsedEntry<unknown>> | undefined {
  const organisation = content.organisation?.data;
  if (!organisation) return undefined;
  const measures = content.measures.filter(isPublished);
  const withMeasures = new Set(measures.map((m) => m.data.fiscalYear));
  const frameworks = content.frameworks.map((f) => f.data).sort((a, b) => b.fiscalYear - a.fiscalYear);
  const fiscalYears = frameworks.map((f) => f.fiscalYear).filter((y) => withMeasures.has(y));
  return {
    organisation,
    fiscalYears,
    frameworks,
    measures: measures.map((m) => ({ slug: slugOf(m), data: m.data, entry: m })),
    announcements: content.announcements
      .filter(isPublished)
      .sort((a, b) => b.data.date.localeCompare(a.data.date))
      .map((a) => ({ slug: slugOf(a), data: a.data, entry: a })),
    assessments: content.assessments.filter(isPublished).sort((a, b) => b.data.fiscalYear - a.data.fiscalYear).map((a) => ({ data: a.data, entry: a })),
    reports: content.reports.filter((r) => isPublished(r) && withMeasures.has(r.data.fiscalYear)).map((r) => ({ data: r.data, entry: r })),
  };
}
