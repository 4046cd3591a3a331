import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from '@/lib/content/entry-id';

export type AssessmentEntry = CollectionEntry<'assessments'>;

/** Published ITA assessments, newest first. */
export async function getPublishedAssessments(): Promise<AssessmentEntry[]> {
  return (await getCollection('assessments')).filter(isPublished).sort((a, b) => b.data.fiscalYear - a.data.fiscalYear);
}

/** An issue to fix from an assessment, and the year of that assessment. */
export interface AnsweredImprovement {
  fiscalYear: number;
  indicator: number;
  issue: string;
}

/** Issues to fix (from published assessments) that a measure answers, named `<year>/<slug>`. */
export async function findImprovementsAnsweredBy(measureRef: string): Promise<AnsweredImprovement[]> {
  return (await getPublishedAssessments()).flatMap((a) =>
    a.data.improvements
      .filter((imp) => imp.answeredBy.includes(measureRef))
      .map((imp) => ({ fiscalYear: a.data.fiscalYear, indicator: imp.indicator, issue: imp.issue })),
  );
}
