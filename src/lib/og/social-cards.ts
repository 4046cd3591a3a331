import { getPublishedAnnouncements, announcementSlug } from '../data/announcements';
import { getPublishedAssessments } from '../data/assessments';
import { getFiscalYears } from '../data/fiscal-years';
import { getFrameworks } from '../data/frameworks';
import { getPublishedMeasures, measureSlug } from '../data/measures';
import { getPublishedOitItemPages } from '../data/oit-items';
import { getOrganisation } from '../data/organisation';
import { getReportsOfYear } from '../data/reports';
import { describeCards } from './describe-cards';
import type { SocialCard } from './social-card';

/**
 * The card of every public page, from the data helpers (so drafts never get
 * one). Cheap to recompute: Astro caches the collections, and recomputing
 * keeps `astro dev` in step with edited content.
 */
export async function getSocialCards(): Promise<SocialCard[]> {
  const [organisation, fiscalYears, frameworks, measures, announcements, assessments] = await Promise.all([
    getOrganisation(),
    getFiscalYears(),
    getFrameworks(),
    getPublishedMeasures(),
    getPublishedAnnouncements(),
    getPublishedAssessments(),
  ]);
  const reports = (await Promise.all(fiscalYears.map((year) => getReportsOfYear(year)))).flat();
  return describeCards({
    organisation,
    fiscalYears,
    frameworks,
    measures: measures.map((m) => ({ slug: measureSlug(m), data: m.data })),
    announcements: announcements.map((a) => ({ slug: announcementSlug(a), data: a.data })),
    assessments: assessments.map((a) => a.data),
    reports: reports.map((r) => r.data),
    oitItemPages: await describeOitItemPages(frameworks),
  });
}

/** Each published item page with the title its page shows (its own, or the framework item's). */
async function describeOitItemPages(frameworks: Awaited<ReturnType<typeof getFrameworks>>): Promise<{ fiscalYear: number; code: string; title: string }[]> {
  return (await getPublishedOitItemPages()).flatMap(({ fiscalYear, code, entry }) => {
    const item = frameworks.find((f) => f.fiscalYear === fiscalYear)?.oitItems.find((i) => i.code === code);
    return item ? [{ fiscalYear, code, title: entry.data.title ?? item.title }] : [];
  });
}

/** The card of one page, or undefined when the page has none (then the home card stands in). */
export async function findSocialCard(pagePath: string): Promise<SocialCard | undefined> {
  const key = normalisePagePath(pagePath);
  return (await getSocialCards()).find((card) => card.pagePath === key);
}

/** `2568/x`, `/2568/x` and `/2568/x/` all name the page `/2568/x/`. */
export function normalisePagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
