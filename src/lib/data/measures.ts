import { getCollection, type CollectionEntry } from 'astro:content';
import type { Framework, FrameworkIssue } from '@/schemas/framework';
import { isPublished, slugOfId } from '@/lib/content/entry-id';

export type MeasureEntry = CollectionEntry<'measures'>;

/** Every published measure, ordered by fiscal year (newest first), issue order, then `order`. */
export async function getPublishedMeasures(): Promise<MeasureEntry[]> {
  const measures = (await getCollection('measures')).filter(isPublished);
  return measures.sort(
    (a, b) =>
      b.data.fiscalYear - a.data.fiscalYear || a.data.issue.localeCompare(b.data.issue) || a.data.order - b.data.order,
  );
}

/** Published measures of one fiscal year. */
export async function getMeasuresOfYear(fiscalYear: number): Promise<MeasureEntry[]> {
  return (await getPublishedMeasures()).filter((m) => m.data.fiscalYear === fiscalYear);
}

/** The URL name of a measure. */
export function measureSlug(measure: MeasureEntry): string {
  return slugOfId(measure.id);
}

/** A framework issue with its measures in report order. */
export interface IssueGroup {
  issue: FrameworkIssue;
  measures: MeasureEntry[];
}

/** Groups a year's measures under the framework's issues, keeping issues that have none (the report shows them too). */
export function groupMeasuresByIssue(framework: Framework, measures: MeasureEntry[]): IssueGroup[] {
  return framework.issues
    .slice()
    .sort((a, b) => a.number - b.number)
    .map((issue) => ({
      issue,
      measures: measures.filter((m) => m.data.issue === issue.code).sort((a, b) => a.data.order - b.data.order),
    }));
}
