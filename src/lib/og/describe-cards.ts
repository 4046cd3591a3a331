import type { Announcement } from '@/schemas/announcement';
import type { Assessment } from '@/schemas/assessment';
import type { Framework, FrameworkIssue } from '@/schemas/framework';
import type { Measure } from '@/schemas/measure';
import type { Organisation } from '@/schemas/organisation';
import type { ReportRoundEntry } from '@/schemas/report-round';
import { cardText } from '@/lib/i18n/ui';
import {
  applyDigitStyle,
  fiscalYearRange,
  formatEnglishDate,
  formatThaiDate,
  formatThaiDateRange,
  reportRoundRange,
} from '@/lib/thai';
import type { CardKind, SocialCard } from './social-card';

/**
 * The text of each kind of card, in the page's language and the organisation's
 * digit style. The page table (lib/site/pages.ts) decides which pages exist and
 * asks here for each one's card, so no card can name a page that is not built.
 * `pagePath` is the page's path without the base, e.g. `2568/open-data/`.
 */
export function createCardMaker(organisation: Organisation, frameworks: Framework[]) {
  const t = cardText.th;
  const digits = (value: number | string): string => applyDigitStyle(String(value), organisation.digits);
  const thaiDate = (iso: string): string => formatThaiDate(iso, { digits: organisation.digits });
  const thaiRange = (start: string, end: string): string =>
    formatThaiDateRange(start, end, { digits: organisation.digits });
  const frameworkOf = (year: number): Framework | undefined => frameworks.find((f) => f.fiscalYear === year);

  const thai = (
    pagePath: string,
    kind: CardKind,
    kindLabel: string,
    title: string,
    extra: Partial<SocialCard> = {},
  ): SocialCard => ({
    pagePath: `/${pagePath}`,
    lang: 'th',
    kind,
    kindLabel,
    title,
    organisation: organisation.name,
    siteName: t.siteName,
    ...extra,
    alt: t.alt(kindLabel, title, organisation.name),
  });
  const yearBadge = (year: number): Partial<SocialCard> => ({ fiscalYear: t.fiscalYear(digits(year)) });

  return {
    home: (path: string, current: number | undefined) =>
      thai(path, 'home', t.homeKind, t.homeTitle, current === undefined ? {} : yearBadge(current)),
    year: (path: string, year: number) => {
      const range = fiscalYearRange(year);
      return thai(path, 'year', t.yearKind, t.yearTitle(digits(year)), {
        ...yearBadge(year),
        date: thaiRange(range.start, range.end),
      });
    },
    report: (path: string, report: ReportRoundEntry) => {
      const period = reportRoundRange(report.fiscalYear, report.round);
      return thai(path, 'report', t.reportKind(digits(report.round)), report.title, {
        ...yearBadge(report.fiscalYear),
        date: thaiRange(report.periodStart ?? period.start, report.periodEnd ?? period.end),
      });
    },
    issue: (path: string, year: number, issue: FrameworkIssue) =>
      thai(
        path,
        'issue',
        t.issueKind(frameworkOf(year)?.issueLabel ?? '', digits(issue.number)),
        issue.title,
        yearBadge(year),
      ),
    oit: (path: string, year: number) => thai(path, 'oit', t.oitKind, t.oitTitle(digits(year)), yearBadge(year)),
    oitItem: (path: string, year: number, code: string, title: string) =>
      thai(path, 'oit', t.oitKind, `${code} ${title}`, yearBadge(year)),
    measure: (path: string, data: Measure) => {
      const framework = frameworkOf(data.fiscalYear);
      const issue = framework?.issues.find((i) => i.code === data.issue);
      return thai(path, 'measure', t.measureKind, data.title, {
        ...yearBadge(data.fiscalYear),
        ...(issue && framework ? { badge: t.issueBadge(framework.issueLabel, digits(issue.number), issue.title) } : {}),
        ...(data.updated ? { date: t.updated(thaiDate(data.updated)) } : {}),
      });
    },
    announcements: (path: string) => thai(path, 'announcements', t.announcementsKind, t.announcementsTitle),
    announcement: (path: string, data: Announcement): SocialCard => {
      if (data.lang !== 'en')
        return thai(path, 'announcement', t.announcementKind[data.kind], data.title, {
          ...yearBadge(data.fiscalYear),
          date: thaiDate(data.date),
        });
      const kindLabel = cardText.en.announcementKind[data.kind];
      return {
        pagePath: `/${path}`,
        lang: 'en',
        kind: 'announcement',
        kindLabel,
        title: data.title,
        organisation: organisation.nameEn,
        siteName: cardText.en.siteName,
        fiscalYear: cardText.en.fiscalYear(String(data.fiscalYear)),
        date: formatEnglishDate(data.date),
        alt: cardText.en.alt(kindLabel, data.title, organisation.nameEn),
      };
    },
    assessment: (path: string, assessment: Assessment) =>
      thai(path, 'assessment', t.assessmentKind, t.assessmentTitle(digits(assessment.fiscalYear)), {
        ...yearBadge(assessment.fiscalYear),
        badge: t.score(digits(assessment.totalScore.toFixed(2)), assessment.rating),
        ...(assessment.announced ? { date: thaiDate(assessment.announced) } : {}),
      }),
    search: (path: string) => thai(path, 'search', t.searchKind, t.searchTitle),
    /** A page with fixed words (no entry, no year): its kind's label and its title, so a new such kind needs no card code. */
    page: (path: string, kind: CardKind, kindLabel: string, title: string) => thai(path, kind, kindLabel, title),
  };
}

/** What each kind of page's card says, by kind. */
export type CardMaker = ReturnType<typeof createCardMaker>;
