/**
 * Every internal link goes through here so the site works under a sub-path
 * such as /ita/ (Astro's BASE_URL) without a page knowing about it.
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** URL of a fiscal year's report index. */
export const yearUrl = (year: number): string => withBase(`${year}/`);
/** URL of an issue page. */
export const issueUrl = (year: number, issue: string): string => withBase(`${year}/${issue}/`);
/** URL of a measure page. */
export const measureUrl = (year: number, issue: string, slug: string): string => withBase(`${year}/${issue}/${slug}/`);
/** URL of an announcement page. */
export const announcementUrl = (slug: string): string => withBase(`announcements/${slug}/`);
