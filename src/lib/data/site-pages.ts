import { describePages, type SitePage } from '@/lib/site/pages';
import type { PageKind } from '@/lib/site/page-paths';
import { announcementSlug, getPublishedAnnouncements, type AnnouncementEntry } from './announcements';
import { getPublishedAssessments, type AssessmentEntry } from './assessments';
import { getFiscalYears } from './fiscal-years';
import { getFrameworks } from './frameworks';
import { getPublishedMeasures, measureSlug, type MeasureEntry } from './measures';
import { getPublishedOitItemPages, type OitItemEntry } from './oit-items';
import { getOrganisation } from './organisation';
import { getReportsOfYear, type ReportEntry } from './reports';
import { loadYear, type YearData } from './year';

/** The content entry a page shows. */
export type PageEntry = MeasureEntry | AnnouncementEntry | AssessmentEntry | ReportEntry | OitItemEntry;

let table: Promise<SitePage<PageEntry>[]> | undefined;
let byPath: Promise<Map<string, SitePage<PageEntry>>> | undefined;

async function loadPages(): Promise<SitePage<PageEntry>[]> {
  const [organisation, fiscalYears, frameworks, measures, announcements, assessments] = await Promise.all([
    getOrganisation(),
    getFiscalYears(),
    getFrameworks(),
    getPublishedMeasures(),
    getPublishedAnnouncements(),
    getPublishedAssessments(),
  ]);
  const reports = (await Promise.all(fiscalYears.map((year) => getReportsOfYear(year)))).flat();
  // An item page whose code is not an item of its year has no page (validation already stopped such a build).
  const oitItems = (await getPublishedOitItemPages()).flatMap(({ fiscalYear, code, entry }) => {
    const item = frameworks.find((f) => f.fiscalYear === fiscalYear)?.oitItems.find((i) => i.code === code);
    return item ? [{ fiscalYear, code, title: entry.data.title ?? item.title, data: entry.data, entry }] : [];
  });
  return describePages<PageEntry>({
    organisation,
    fiscalYears,
    frameworks,
    measures: measures.map((m) => ({ slug: measureSlug(m), data: m.data, entry: m })),
    announcements: announcements.map((a) => ({ slug: announcementSlug(a), data: a.data, entry: a })),
    assessments: assessments.map((a) => ({ data: a.data, entry: a })),
    reports: reports.map((r) => ({ data: r.data, entry: r })),
    oitItems,
  });
}

/**
 * Every public page (drafts never: the helpers above only return published entries).
 * Made once per build and shared by every page that asks; `astro dev` makes it
 * afresh each time so edited content shows at once.
 */
export function getSitePages(): Promise<SitePage<PageEntry>[]> {
  if (import.meta.env.DEV) return loadPages();
  table ??= loadPages();
  return table;
}

/** The pages of one kind, in table order. */
export async function listPages(kind: PageKind): Promise<SitePage<PageEntry>[]> {
  return (await getSitePages()).filter((page) => page.kind === kind);
}

/** The page at a path without the base (`2568/x/`, `/2568/x` and `2568/x` alike), if there is one. */
export async function findPage(path: string): Promise<SitePage<PageEntry> | undefined> {
  const key = path.replace(/^\/+|\/+$/g, '');
  const index = (): Promise<Map<string, SitePage<PageEntry>>> =>
    getSitePages().then((pages) => new Map(pages.map((page) => [page.path.replace(/\/$/, ''), page])));
  if (import.meta.env.DEV) return (await index()).get(key);
  byPath ??= index();
  return (await byPath).get(key);
}

/** The pages of one kind with everything their fiscal year's pages need, each year gathered once. */
export async function listPagesWithYear(kind: PageKind): Promise<{ page: SitePage<PageEntry>; year: YearData }[]> {
  const years = new Map<number, Promise<YearData>>();
  const yearOf = (fiscalYear: number): Promise<YearData> => {
    if (!years.has(fiscalYear)) years.set(fiscalYear, loadYear(fiscalYear));
    return years.get(fiscalYear)!;
  };
  return Promise.all((await listPages(kind)).map(async (page) => ({ page, year: await yearOf(page.fiscalYear!) })));
}

/** One page for the sitemap: its path without the base, and the day it last changed when known. */
export interface SitemapPage {
  path: string;
  lastmod?: string;
}

/** Every public page for the sitemap. */
export async function listSitePages(): Promise<SitemapPage[]> {
  return (await getSitePages()).map((page) => ({
    path: page.path,
    ...(page.lastmod ? { lastmod: page.lastmod } : {}),
  }));
}
