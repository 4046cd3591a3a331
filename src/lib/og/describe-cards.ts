import type { Announcement } from '../../schemas/announcement';
import type { Assessment } from '../../schemas/assessment';
import type { Framework } from '../../schemas/framework';
import type { Measure } from '../../schemas/measure';
import type { Organisation } from '../../schemas/organisation';
import type { ReportRoundEntry } from '../../schemas/report-round';
import { cardText } from '../i18n/ui';
import { applyDigitStyle, fiscalYearRange, formatEnglishDate, formatThaiDate, formatThaiDateRange, reportRoundRange } from '../thai';
import type { CardKind, SocialCard } from './social-card';

/** The published content the cards are made from (drafts already filtered out by the data helpers). */
export interface CardSources {
  organisation: Organisation;
  /** Fiscal years that have public pages, newest first. */
  fiscalYears: number[];
  frameworks: Framework[];
  measures: { slug: string; data: Measure }[];
  announcements: { slug: string; data: Announcement }[];
  assessments: Assessment[];
  /** Published report rounds (6- and 12-month) of the fiscal years above. */
  reports: ReportRoundEntry[];
  /** Published OIT item pages (content/oit/<year>/<code>.mdx) with the title they show. */
  oitItemPages?: { fiscalYear: number; code: string; title: string }[];
}

/**
 * Every public page with the content of its card, following the agreed URL
 * scheme — so a page gets its card even before its route is written.
 */
export function describeCards(sources: CardSources): SocialCard[] {
  const { organisation, frameworks } = sources;
  const t = cardText.th;
  const digits = (value: number | string): string => applyDigitStyle(String(value), organisation.digits);
  const thaiDate = (iso: string): string => formatThaiDate(iso, { digits: organisation.digits });
  const thaiRange = (start: string, end: string): string => formatThaiDateRange(start, end, { digits: organisation.digits });
  const frameworkOf = (year: number): Framework | undefined => frameworks.find((f) => f.fiscalYear === year);

  const thai = (pagePath: string, kind: CardKind, kindLabel: string, title: string, extra: Partial<SocialCard> = {}): SocialCard => ({
    pagePath,
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

  const cards: SocialCard[] = [];
  const current = sources.fiscalYears[0];
  cards.push(thai('/', 'home', t.homeKind, t.homeTitle, current === undefined ? {} : yearBadge(current)));

  for (const year of sources.fiscalYears) {
    const range = fiscalYearRange(year);
    cards.push(thai(`/${year}/`, 'year', t.yearKind, t.yearTitle(digits(year)), { ...yearBadge(year), date: thaiRange(range.start, range.end) }));
    for (const report of sources.reports.filter((r) => r.fiscalYear === year)) {
      const period = reportRoundRange(year, report.round);
      cards.push(
        thai(`/${year}/round-${report.round}/`, 'report', t.reportKind(digits(report.round)), report.title, {
          ...yearBadge(year),
          date: thaiRange(report.periodStart ?? period.start, report.periodEnd ?? period.end),
        }),
      );
    }
    const framework = frameworkOf(year);
    for (const issue of framework?.issues ?? []) {
      cards.push(thai(`/${year}/${issue.code}/`, 'issue', t.issueKind(framework?.issueLabel ?? '', digits(issue.number)), issue.title, yearBadge(year)));
    }
  }
  // Every framework year with OIT items has an answer sheet, also a year with no measures yet (2566, 2570).
  const sheetYears = new Set([...sources.fiscalYears, ...frameworks.filter((f) => f.oitItems.length > 0).map((f) => f.fiscalYear)]);
  for (const year of [...sheetYears].sort((a, b) => b - a)) {
    cards.push(thai(`/oit/${year}/`, 'oit', t.oitKind, t.oitTitle(digits(year)), yearBadge(year)));
  }
  for (const item of sources.oitItemPages ?? []) {
    cards.push(thai(`/oit/${item.fiscalYear}/${item.code.toLowerCase()}/`, 'oit', t.oitKind, `${item.code} ${item.title}`, yearBadge(item.fiscalYear)));
  }

  for (const { slug, data } of sources.measures) {
    const framework = frameworkOf(data.fiscalYear);
    const issue = framework?.issues.find((i) => i.code === data.issue);
    cards.push(
      thai(`/${data.fiscalYear}/${data.issue}/${slug}/`, 'measure', t.measureKind, data.title, {
        ...yearBadge(data.fiscalYear),
        ...(issue && framework ? { badge: t.issueBadge(framework.issueLabel, digits(issue.number), issue.title) } : {}),
        ...(data.updated ? { date: t.updated(thaiDate(data.updated)) } : {}),
      }),
    );
  }

  cards.push(thai('/announcements/', 'announcements', t.announcementsKind, t.announcementsTitle));
  for (const { slug, data } of sources.announcements) {
    const pagePath = `/announcements/${slug}/`;
    if (data.lang === 'en') {
      const kindLabel = cardText.en.announcementKind[data.kind];
      cards.push({
        pagePath,
        lang: 'en',
        kind: 'announcement',
        kindLabel,
        title: data.title,
        organisation: organisation.nameEn,
        siteName: cardText.en.siteName,
        fiscalYear: cardText.en.fiscalYear(String(data.fiscalYear)),
        date: formatEnglishDate(data.date),
        alt: cardText.en.alt(kindLabel, data.title, organisation.nameEn),
      });
    } else {
      cards.push(thai(pagePath, 'announcement', t.announcementKind[data.kind], data.title, { ...yearBadge(data.fiscalYear), date: thaiDate(data.date) }));
    }
  }

  for (const assessment of sources.assessments) {
    const year = assessment.fiscalYear;
    cards.push(
      thai(`/assessment/${year}/`, 'assessment', t.assessmentKind, t.assessmentTitle(digits(year)), {
        ...yearBadge(year),
        badge: t.score(digits(assessment.totalScore.toFixed(2)), assessment.rating),
        ...(assessment.announced ? { date: thaiDate(assessment.announced) } : {}),
      }),
    );
  }

  cards.push(thai('/search/', 'search', t.searchKind, t.searchTitle));
  return cards;
}
