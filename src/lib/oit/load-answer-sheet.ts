import { announcementSlug, getPublishedAnnouncements } from '../data/announcements';
import { getPublishedAssessments } from '../data/assessments';
import { getFrameworks } from '../data/frameworks';
import { getPublishedMeasures, measureSlug } from '../data/measures';
import { getPublishedOitItemPages } from '../data/oit-items';
import { getOrganisation } from '../data/organisation';
import { getReportsOfYear } from '../data/reports';
import { withBase } from '../site/urls';
import { buildAnswerSheet, type SheetRow } from './answer-sheet';
import { collectSheetInput, type SheetSources } from './sheet-sources';

/** Fiscal years that get an answer sheet: every framework year that lists OIT items. */
export async function getAnswerSheetYears(): Promise<number[]> {
  return (await getFrameworks()).filter((f) => f.oitItems.length > 0).map((f) => f.fiscalYear);
}

/** URL of a year's answer sheet and of its exports. */
export const answerSheetUrl = (year: number, file = ''): string => withBase(`oit/${year}/${file}`);

/** The published content of the site (drafts never reach here: every helper filters through isPublished). */
export async function loadSheetSources(): Promise<SheetSources> {
  const frameworks = await getFrameworks();
  const reports = (await Promise.all(frameworks.map((f) => getReportsOfYear(f.fiscalYear)))).flat();
  return {
    digits: (await getOrganisation()).digits,
    frameworks,
    measures: (await getPublishedMeasures()).map((m) => ({ slug: measureSlug(m), data: m.data })),
    announcements: (await getPublishedAnnouncements()).map((a) => ({ slug: announcementSlug(a), data: a.data })),
    reports: reports.map((r) => r.data),
    assessments: (await getPublishedAssessments()).map((a) => a.data),
    itemPages: (await getPublishedOitItemPages()).map((p) => ({ fiscalYear: p.fiscalYear, code: p.code, data: p.entry.data })),
  };
}

/** The answer sheet of one fiscal year. */
export async function loadAnswerSheet(fiscalYear: number, site: URL | undefined): Promise<SheetRow[]> {
  const origin = site ?? new URL('https://www.example.go.th/');
  return buildAnswerSheet(collectSheetInput(fiscalYear, await loadSheetSources(), { withBase, origin }));
}
