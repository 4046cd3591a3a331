import { parseOitItemPath } from '@/schemas/oit-item';
import { isPublished, slugOf } from '@/lib/content/entry-id';
import type { ParsedEntry } from '@/lib/validate/parse-entries';
import type { ValidatedContent } from '@/lib/validate/validate-content';
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
    assessments: content.assessments
      .filter(isPublished)
      .sort((a, b) => b.data.fiscalYear - a.data.fiscalYear)
      .map((a) => ({ data: a.data, entry: a })),
    reports: content.reports
      .filter((r) => isPublished(r) && withMeasures.has(r.data.fiscalYear))
      .map((r) => ({ data: r.data, entry: r })),
    // As lib/data/site-pages.ts: an item page whose code is an item of its year, by year then item number.
    oitItems: (content.oitItems ?? [])
      .filter(isPublished)
      .flatMap((entry) => {
        const place = parseOitItemPath(entry.raw.entry);
        const item =
          place &&
          frameworks.find((f) => f.fiscalYear === place.fiscalYear)?.oitItems.find((i) => i.code === place.code);
        return place && item ? [{ ...place, title: entry.data.title ?? item.title, data: entry.data, entry }] : [];
      })
      .sort((a, b) => a.fiscalYear - b.fiscalYear || Number(a.code.slice(1)) - Number(b.code.slice(1))),
  };
}
