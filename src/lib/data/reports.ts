import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from '@/lib/content/entry-id';

export type ReportEntry = CollectionEntry<'reports'>;

/** Published report-round headers of one fiscal year, 6-month first. */
export async function getReportsOfYear(fiscalYear: number): Promise<ReportEntry[]> {
  const entries = (await getCollection('reports')).filter(isPublished);
  return entries.filter((r) => r.data.fiscalYear === fiscalYear).sort((a, b) => a.data.round - b.data.round);
}
