import type { Framework } from '@/schemas/framework';
import type { ReportRound } from '@/schemas/status';
import { getFramework } from './frameworks';
import { getMeasuresOfYear, groupMeasuresByIssue, measureSlug, type IssueGroup, type MeasureEntry } from './measures';
import { getReportsOfYear, type ReportEntry } from './reports';

/** Everything the pages of one fiscal year need, gathered once. */
export interface YearData {
  fiscalYear: number;
  framework: Framework;
  measures: MeasureEntry[];
  /** Issues in report order, each with its measures (issues with none included). */
  groups: IssueGroup[];
  /** Published report-round headers, 6-month first. */
  reports: ReportEntry[];
  /** The newest published round, if any. */
  latestRound: ReportRound | undefined;
}

export async function loadYear(fiscalYear: number): Promise<YearData> {
  const framework = await getFramework(fiscalYear);
  const measures = await getMeasuresOfYear(fiscalYear);
  const reports = await getReportsOfYear(fiscalYear);
  return {
    fiscalYear,
    framework,
    measures,
    groups: groupMeasuresByIssue(framework, measures),
    reports,
    latestRound: reports.at(-1)?.data.round,
  };
}

/** Measures of the year in report order (issue by issue), for previous/next links across the year. */
export function listMeasuresInOrder(year: YearData): MeasureEntry[] {
  return year.groups.flatMap((g) => g.measures);
}

/** A published measure named `<year>/<slug>`, as assessments refer to them. */
export async function findMeasureByRef(ref: string): Promise<MeasureEntry | undefined> {
  const [year, slug] = ref.split('/');
  return (await getMeasuresOfYear(Number(year))).find((m) => measureSlug(m) === slug);
}
