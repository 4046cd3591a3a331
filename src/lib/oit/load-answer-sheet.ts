import { announcementSlug, getPublishedAnnouncements } from '../data/announcements';
import { getPublishedAssessments } from '../data/assessments';
import { findIssue, getFramework, getFrameworks } from '../data/frameworks';
import { getMeasuresOfYear, measureSlug } from '../data/measures';
import { getOrganisation } from '../data/organisation';
import { getReportsOfYear } from '../data/reports';
import { oitStrings, th } from '../i18n/ui';
import { listAnswerSheetYears } from '../site/pages';
import { announcementUrl, answerSheetUrl, assessmentUrl, measureUrl, reportUrl, yearUrl } from '../site/urls';
import { applyDigitStyle } from '../thai';
import { buildAnswerSheet, type SheetRow } from './answer-sheet';

/** Fiscal years that get an answer sheet (the page table's rule). */
export async function getAnswerSheetYears(): Promise<number[]> {
  return listAnswerSheetYears(await getFrameworks());
}

export { answerSheetUrl };

/**
 * Gathers the published content of one fiscal year (drafts never reach here:
 * every helper filters through isPublished) and builds its answer sheet.
 */
export async function loadAnswerSheet(fiscalYear: number, site: URL | undefined): Promise<SheetRow[]> {
  const framework = await getFramework(fiscalYear);
  const digits = (await getOrganisation()).digits;
  const d = (text: string | number) => applyDigitStyle(String(text), digits);
  // astro.config.mjs always sets `site` from the organisation; a sheet of made-up addresses would be worse than none.
  if (!site) throw new Error('The answer sheet needs the site address (astro.config.mjs `site`)');
  const origin = site;
  const measures = await getMeasuresOfYear(fiscalYear);
  const reports = await getReportsOfYear(fiscalYear);
  const previousReports = (await getReportsOfYear(fiscalYear - 1)).filter((r) => r.data.round === 12);
  const announcements = (await getPublishedAnnouncements()).filter((a) => a.data.fiscalYear === fiscalYear && a.data.lang === 'th');
  const assessments = await getPublishedAssessments();
  return buildAnswerSheet({
    fiscalYear,
    framework,
    absolute: (path) => new URL(path, origin).href,
    labels: {
      home: th.home,
      year: (y) => `${th.fiscalYear} ${d(y)}`,
      announcements: th.announcements,
      assessment: (y) => oitStrings.assessmentOf(d(y)),
    },
    yearPage: measures.length ? { path: yearUrl(fiscalYear), title: `${oitStrings.measuresOf} ${th.fiscalYear} ${d(fiscalYear)}` } : undefined,
    measures: measures.flatMap((m) => {
      const issue = findIssue(framework, m.data.issue);
      return issue ? [{ title: m.data.title, issueStep: `${framework.issueLabel}ที่ ${d(issue.number)} ${issue.title}`, path: measureUrl(fiscalYear, m.data.issue, measureSlug(m)), oitTopics: m.data.oitTopics, updated: m.data.updated }] : [];
    }),
    reports: reports.map((r) => ({ title: r.data.title, path: reportUrl(fiscalYear, r.data.round), clickLabel: d(th.round(r.data.round)), updated: r.data.approvedOn ?? r.data.reportedOn })),
    previousReports: previousReports.map((r) => ({ title: r.data.title, path: reportUrl(fiscalYear - 1, 12), clickLabel: d(th.round(12)), updated: r.data.approvedOn ?? r.data.reportedOn })),
    announcements: announcements.map((a) => ({ title: a.data.title, kind: a.data.kind, path: announcementUrl(announcementSlug(a)), oitTopics: a.data.oitTopics, updated: a.data.updated ?? a.data.date })),
    assessments: assessments.map((a) => ({ fiscalYear: a.data.fiscalYear, title: oitStrings.assessmentOf(d(a.data.fiscalYear)), path: assessmentUrl(a.data.fiscalYear), updated: a.data.announced })),
  });
}
