import type { Announcement } from '@/schemas/announcement';
import type { Assessment } from '@/schemas/assessment';
import type { Framework } from '@/schemas/framework';
import type { Measure } from '@/schemas/measure';
import type { OitItemPage } from '@/schemas/oit-item';
import type { ReportRoundEntry } from '@/schemas/report-round';
import { oitStrings, th } from '@/lib/i18n/ui';
import { pagePath } from '@/lib/site/page-paths';
import { applyDigitStyle, type DigitStyle } from '@/lib/thai';
import type { SheetInput } from './answer-sheet';

/**
 * The published content an answer sheet is made from, in a shape both the
 * Astro pages (collections) and `npm run check` (validated files) can give,
 * so the sheet staff check is the sheet assessors see. Drafts are already out.
 */
export interface SheetSources {
  digits: DigitStyle;
  frameworks: Framework[];
  measures: { slug: string; data: Measure }[];
  announcements: { slug: string; data: Announcement }[];
  reports: ReportRoundEntry[];
  assessments: Assessment[];
  itemPages: { fiscalYear: number; code: string; data: OitItemPage }[];
}

/** Where the site lives: `withBase` turns a path into a site path, `origin` makes it a full address. */
export interface SheetLocation {
  withBase: (path: string) => string;
  origin: URL;
}

/** Everything buildAnswerSheet needs for one year, with the site's addresses and the words of the click path. */
export function collectSheetInput(fiscalYear: number, sources: SheetSources, location: SheetLocation): SheetInput {
  const framework = sources.frameworks.find((f) => f.fiscalYear === fiscalYear);
  if (!framework) throw new Error(`No framework for fiscal year ${fiscalYear}`);
  const { withBase } = location;
  const d = (text: string | number) => applyDigitStyle(String(text), sources.digits);
  const measures = sources.measures.filter((m) => m.data.fiscalYear === fiscalYear);
  const reportsOf = (year: number) =>
    sources.reports.filter((r) => r.fiscalYear === year).sort((a, b) => a.round - b.round);
  const reportUpdated = (r: ReportRoundEntry) => r.approvedOn ?? r.reportedOn;
  return {
    fiscalYear,
    framework,
    absolute: (path) => new URL(path, location.origin).href,
    labels: {
      home: th.home,
      year: (y) => `${th.fiscalYear} ${d(y)}`,
      announcements: th.announcements,
      assessment: (y) => oitStrings.assessmentOf(d(y)),
      answerSheet: (y) => oitStrings.title(d(y)),
    },
    yearPage: measures.length
      ? {
          path: withBase(pagePath.year(fiscalYear)),
          title: `${oitStrings.measuresOf} ${th.fiscalYear} ${d(fiscalYear)}`,
        }
      : undefined,
    measures: measures.flatMap((m) => {
      const issue = framework.issues.find((i) => i.code === m.data.issue);
      return issue
        ? [
            {
              title: m.data.title,
              issueStep: `${framework.issueLabel}ที่ ${d(issue.number)} ${issue.title}`,
              path: withBase(pagePath.measure(fiscalYear, m.data.issue, m.slug)),
              oitTopics: m.data.oitTopics,
              updated: m.data.updated,
            },
          ]
        : [];
    }),
    reports: reportsOf(fiscalYear).map((r) => ({
      title: r.title,
      path: withBase(pagePath.report(fiscalYear, r.round)),
      clickLabel: d(th.round(r.round)),
      updated: reportUpdated(r),
    })),
    previousReports: reportsOf(fiscalYear - 1)
      .filter((r) => r.round === 12)
      .map((r) => ({
        title: r.title,
        path: withBase(pagePath.report(fiscalYear - 1, 12)),
        clickLabel: d(th.round(12)),
        updated: reportUpdated(r),
      })),
    announcements: sources.announcements
      .filter((a) => a.data.fiscalYear === fiscalYear && a.data.lang === 'th')
      .map((a) => ({
        title: a.data.title,
        kind: a.data.kind,
        path: withBase(pagePath.announcement(a.slug)),
        oitTopics: a.data.oitTopics,
        updated: a.data.updated ?? a.data.date,
      })),
    assessments: sources.assessments.map((a) => ({
      fiscalYear: a.fiscalYear,
      title: oitStrings.assessmentOf(d(a.fiscalYear)),
      path: withBase(pagePath.assessment(a.fiscalYear)),
      updated: a.announced,
    })),
    itemPages: sources.itemPages
      .filter((p) => p.fiscalYear === fiscalYear)
      .map((p) => ({
        code: p.code,
        title: p.data.title ?? framework.oitItems.find((i) => i.code === p.code)?.title ?? p.code,
        path: withBase(pagePath['oit-item'](fiscalYear, p.code)),
        updated: p.data.updated ?? p.data.date,
      })),
  };
}
