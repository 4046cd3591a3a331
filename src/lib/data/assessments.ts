import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from './published';

export type AssessmentEntry = CollectionEntry<'assessments'>;

/** Published ITA assessments, newest first. */
export async function getPublishedAssessments(): Promise<AssessmentEntry[]> {
  return (await getCollection('assessments')).filter(isPublished).sort((a, b) => b.data.fiscalYear - a.data.fiscalYear);
}
