import { pagePath } from './page-paths';

/**
 * Every internal link goes through here so the site works under a sub-path
 * such as /ita/ (Astro's BASE_URL) without a page knowing about it.
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** URL of a fiscal year's report index. */
export const yearUrl = (year: number): string => withBase(pagePath.year(year));
/** URL of one report round of a year (6- or 12-month). */
export const reportUrl = (year: number, round: number): string => withBase(pagePath.report(year, round));
/** URL of an issue page. */
export const issueUrl = (year: number, issue: string): string => withBase(pagePath.issue(year, issue));
/** URL of a measure page. */
export const measureUrl = (year: number, issue: string, slug: string): string =>
  withBase(pagePath.measure(year, issue, slug));
/** URL of an announcement page. */
export const announcementUrl = (slug: string): string => withBase(pagePath.announcement(slug));
/** URL of a fiscal year's ITA assessment result. */
export const assessmentUrl = (year: number): string => withBase(pagePath.assessment(year));
/** URL of a year's OIT answer sheet, or of one of its exports (`oit-2569.csv`). */
export const answerSheetUrl = (year: number, file = ''): string => withBase(`${pagePath.oit(year)}${file}`);

/** A `tel:` link for a phone number as the organisation writes it (`0 4300 0000`): digits only, so phones dial it. */
export const phoneHref = (phone: string): string => `tel:${phone.replace(/\s/g, '')}`;
