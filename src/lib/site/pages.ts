import type { Announcement } from '@/schemas/announcement';
import type { Assessment } from '@/schemas/assessment';
import type { Framework } from '@/schemas/framework';
import type { Measure } from '@/schemas/measure';
import { parseOitItemPath, type OitItemPage } from '@/schemas/oit-item';
import type { Organisation } from '@/schemas/organisation';
import type { ReportRoundEntry } from '@/schemas/report-round';
import { accessibilityStrings } from '@/lib/i18n/ui';
import { createCardMaker } from '@/lib/og/describe-cards';
import type { SocialCard } from '@/lib/og/social-card';
import { pagePath, type PageKind } from './page-paths';

/**
 * One public page of the site. The table of them (describePages) is the only
 * list of pages: routes, the sitemap, social cards, the OIT answer sheet, the
 * draft scan and the page-weight bench all read it.
 */
export interface SitePage<E = unknown> {
  /** Path without the base, no leading slash, e.g. `2568/open-data/` (`` for the home page). */
  path: string;
  kind: PageKind;
  lang: 'th' | 'en';
  fiscalYear?: number;
  /** Issue code, on issue and measure pages. */
  issue?: string;
  /** The page's title as its card prints it. */
  title: string;
  /** Its social card. */
  card: SocialCard;
  /** The day it last changed, when known (sitemap). */
  lastmod?: string;
  /** The content entry the page shows, when it shows one. */
  entry?: E;
  /** Route parameters, named as in src/pages. */
  params: Record<string, string>;
}

/** One content entry with its parsed data (and its URL name, where the URL has one). */
export interface Sourced<D, E> {
  data: D;
  slug?: string;
  /** The entry itself, handed on to the page (optional for tests that only need the data). */
  entry?: E;
}

/** The published content the table is made from (drafts already filtered out by the caller). */
export interface PageSources<E = unknown> {
  organisation: Organisation;
  /** Fiscal years that have report pages, newest first. */
  fiscalYears: number[];
  /** Every framework, newest first. */
  frameworks: Framework[];
  measures: (Sourced<Measure, E> & { slug: string })[];
  announcements: (Sourced<Announcement, E> & { slug: string })[];
  assessments: Sourced<Assessment, E>[];
  /** Report rounds (6- and 12-month) of the fiscal years above. */
  reports: Sourced<ReportRoundEntry, E>[];
  /** Published OIT item pages (content/oit/<year>/<code>.mdx) whose code is an item of that year, with the title they show. */
  oitItems?: (Sourced<OitItemPage, E> & { fiscalYear: number; code: string; title: string })[];
}

/**
 * Pages that show one content entry: where an entry's page lives. The table uses it for
 * published entries; the draft scan for drafts, whose paths must appear nowhere.
 * `ownTitle`: the title is the entry's own words, so seeing it elsewhere betrays the entry.
 * `path(data, slug, file)`: `file` is the entry's place in its collection folder (`2569/O1.mdx`).
 */
export const ENTRY_PAGES = {
  measures: {
    kind: 'measure',
    ownTitle: true,
    path: (data: Measure, slug: string) => pagePath.measure(data.fiscalYear, data.issue, slug),
  },
  announcements: {
    kind: 'announcement',
    ownTitle: true,
    path: (_data: Announcement, slug: string) => pagePath.announcement(slug),
  },
  reports: {
    kind: 'report',
    ownTitle: true,
    path: (data: ReportRoundEntry) => pagePath.report(data.fiscalYear, data.round),
  },
  assessments: {
    kind: 'assessment',
    ownTitle: false,
    path: (data: Assessment) => pagePath.assessment(data.fiscalYear),
  },
  // An item page's year and code are in its file's place (`2569/O1`); its title is on the answer sheet anyway.
  oitItems: {
    kind: 'oit-item',
    ownTitle: false,
    path: (_data: OitItemPage, _slug: string, file: string) => {
      const place = parseOitItemPath(file);
      return place ? pagePath['oit-item'](place.fiscalYear, place.code) : undefined;
    },
  },
} as const;

/** Fiscal years that get an OIT answer sheet: every framework year that lists OIT items. */
export function listAnswerSheetYears(frameworks: Framework[]): number[] {
  return frameworks.filter((f) => f.oitItems.length > 0).map((f) => f.fiscalYear);
}

/** Every public page, in sitemap order: home, announcements, each year's pages, announcements, assessments, answer sheets, search, accessibility. */
export function describePages<E>(sources: PageSources<E>): SitePage<E>[] {
  const card = createCardMaker(sources.organisation, sources.frameworks);
  const pages: SitePage<E>[] = [];
  const add = (page: Omit<SitePage<E>, 'lang' | 'title'> & { lang?: 'th' | 'en' }): void => {
    pages.push({ ...page, lang: page.lang ?? page.card.lang, title: page.card.title });
  };
  const entryOf = (s: Sourced<unknown, E>): { entry?: E } => (s.entry === undefined ? {} : { entry: s.entry });

  add({ path: pagePath.home(), kind: 'home', card: card.home(pagePath.home(), sources.fiscalYears[0]), params: {} });
  add({
    path: pagePath.announcements(),
    kind: 'announcements',
    card: card.announcements(pagePath.announcements()),
    params: {},
  });
  for (const fiscalYear of sources.fiscalYears) {
    const year = String(fiscalYear);
    add({
      path: pagePath.year(fiscalYear),
      kind: 'year',
      fiscalYear,
      card: card.year(pagePath.year(fiscalYear), fiscalYear),
      params: { year },
    });
    const reports = sources.reports
      .filter((r) => r.data.fiscalYear === fiscalYear)
      .sort((a, b) => a.data.round - b.data.round);
    for (const report of reports) {
      const path = ENTRY_PAGES.reports.path(report.data);
      add({
        path,
        kind: 'report',
        fiscalYear,
        card: card.report(path, report.data),
        lastmod: report.data.reportedOn,
        ...entryOf(report),
        params: { year, round: String(report.data.round) },
      });
    }
    const framework = sources.frameworks.find((f) => f.fiscalYear === fiscalYear);
    for (const issue of [...(framework?.issues ?? [])].sort((a, b) => a.number - b.number)) {
      const path = pagePath.issue(fiscalYear, issue.code);
      add({
        path,
        kind: 'issue',
        fiscalYear,
        issue: issue.code,
        card: card.issue(path, fiscalYear, issue),
        params: { year, issue: issue.code },
      });
      const measures = sources.measures
        .filter((m) => m.data.fiscalYear === fiscalYear && m.data.issue === issue.code)
        .sort((a, b) => a.data.order - b.data.order);
      for (const m of measures) {
        const mPath = ENTRY_PAGES.measures.path(m.data, m.slug);
        const lastmod = m.data.updated === undefined ? {} : { lastmod: m.data.updated };
        add({
          path: mPath,
          kind: 'measure',
          fiscalYear,
          issue: issue.code,
          card: card.measure(mPath, m.data),
          ...lastmod,
          ...entryOf(m),
          params: { year, issue: issue.code, measure: m.slug },
        });
      }
    }
  }
  for (const a of sources.announcements) {
    const path = ENTRY_PAGES.announcements.path(a.data, a.slug);
    add({
      path,
      kind: 'announcement',
      fiscalYear: a.data.fiscalYear,
      card: card.announcement(path, a.data),
      lastmod: a.data.updated ?? a.data.date,
      ...entryOf(a),
      params: { slug: a.slug },
    });
  }
  for (const a of sources.assessments) {
    const path = ENTRY_PAGES.assessments.path(a.data);
    add({
      path,
      kind: 'assessment',
      fiscalYear: a.data.fiscalYear,
      card: card.assessment(path, a.data),
      ...entryOf(a),
      params: { year: String(a.data.fiscalYear) },
    });
  }
  // A framework year with OIT items has an answer sheet even before it has measures; a year without items has none.
  for (const fiscalYear of listAnswerSheetYears(sources.frameworks)) {
    add({
      path: pagePath.oit(fiscalYear),
      kind: 'oit',
      fiscalYear,
      card: card.oit(pagePath.oit(fiscalYear), fiscalYear),
      params: { year: String(fiscalYear) },
    });
  }
  for (const item of sources.oitItems ?? []) {
    const path = pagePath['oit-item'](item.fiscalYear, item.code);
    const lastmod = item.data.updated ?? item.data.date;
    add({
      path,
      kind: 'oit-item',
      fiscalYear: item.fiscalYear,
      card: card.oitItem(path, item.fiscalYear, item.code, item.title),
      ...(lastmod ? { lastmod } : {}),
      ...entryOf(item),
      params: { year: String(item.fiscalYear), code: item.code.toLowerCase() },
    });
  }
  add({ path: pagePath.search(), kind: 'search', card: card.search(pagePath.search()), params: {} });
  const accessibility = pagePath.accessibility();
  add({
    path: accessibility,
    kind: 'accessibility',
    card: card.page(accessibility, 'accessibility', accessibilityStrings.kind, accessibilityStrings.title),
    params: {},
  });
  return pages;
}
