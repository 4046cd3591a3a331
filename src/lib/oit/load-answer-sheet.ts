import { announcementSlug, getPublishedAnnouncements } from '@/lib/data/announcements';
import { getPublishedAssessments } from '@/lib/data/assessments';
import { getFrameworks } from '@/lib/data/frameworks';
import { getPublishedMeasures, measureSlug } from '@/lib/data/measures';
import { getPublishedOitItemPages } from '@/lib/data/oit-items';
import { getOrganisation } from '@/lib/data/organisation';
import { getReportsOfYear } from '@/lib/data/reports';
import { listAnswerSheetYears } from '@/lib/site/pages';
import { answerSheetUrl, withBase } from '@/lib/site/urls';
import { buildAnswerSheet, type SheetRow } from './answer-sheet';
import { collectSheetInput, type SheetSources } from './sheet-sources';

/** Fiscal years that get an answer sheet (the page table's rule). */
export async function getAnswerSheetYears(): Promise<number[]> {
  return listAnswerSheetYears(await getFrameworks());
}

export { answerSheetUrl };

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
    itemPages: (await getPublishedOitItemPages()).map((p) => ({
      fiscalYear: p.fiscalYear,
      code: p.code,
      data: p.entry.data,
    })),
  };
}

/** The answer sheet of one fiscal year. */
export async function loadAnswerSheet(fiscalYear: number, site: URL | undefined): Promise<SheetRow[]> {
  // astro.config.mjs always sets `site` from the organisation; a sheet of made-up addresses would be worse than none.
  if (!site) throw new Error('The answer sheet needs the site address (astro.config.mjs `site`)');
  const origin = site;
  return buildAnswerSheet(collectSheetInput(fiscalYear, await loadSheetSources(), { withBase, origin }));
}
