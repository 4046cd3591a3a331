import { announcementSlug, getPublishedAnnouncements } from './announcements';
import { getPublishedAssessments } from './assessments';
import { getFiscalYears } from './fiscal-years';
import { measureSlug } from './measures';
import { getAnswerSheetYears } from '../oit/load-answer-sheet';
import { oitItemPath, getPublishedOitItemPages } from './oit-items';
import { loadYear } from './year';

/** One page for the sitemap: its path without the base, and the day it last changed when known. */
export interface SitePage {
  path: string;
  lastmod?: string;
}

/** Every public page, drafts excluded (the helpers it calls only return published entries). */
export async function listSitePages(): Promise<SitePage[]> {
  const pages: SitePage[] = [{ path: '' }, { path: 'announcements/' }];
  for (const fiscalYear of await getFiscalYears()) {
    const year = await loadYear(fiscalYear);
    pages.push({ path: `${fiscalYear}/` });
    for (const report of year.reports) pages.push({ path: `${fiscalYear}/round-${report.data.round}/`, lastmod: report.data.reportedOn });
    for (const group of year.groups) {
      pages.push({ path: `${fiscalYear}/${group.issue.code}/` });
      for (const m of group.measures) pages.push({ path: `${fiscalYear}/${group.issue.code}/${measureSlug(m)}/`, lastmod: m.data.updated });
    }
  }
  for (const a of await getPublishedAnnouncements()) pages.push({ path: `announcements/${announcementSlug(a)}/`, lastmod: a.data.updated ?? a.data.date });
  for (const a of await getPublishedAssessments()) pages.push({ path: `assessment/${a.data.fiscalYear}/` });
  for (const year of await getAnswerSheetYears()) pages.push({ path: `oit/${year}/` });
  for (const p of await getPublishedOitItemPages()) pages.push({ path: oitItemPath(p.fiscalYear, p.code), lastmod: p.entry.data.updated ?? p.entry.data.date });
  pages.push({ path: 'search/' });
  return pages;
}
