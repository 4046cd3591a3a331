import { currentFiscalYear } from '@/lib/thai/fiscal-year';
import { getFrameworks } from './frameworks';
import { getPublishedMeasures } from './measures';

/** Fiscal years that have a framework and at least one published measure, newest first. */
export async function getFiscalYears(): Promise<number[]> {
  const measures = await getPublishedMeasures();
  const withMeasures = new Set(measures.map((m) => m.data.fiscalYear));
  return (await getFrameworks()).map((f) => f.fiscalYear).filter((y) => withMeasures.has(y));
}

/** The fiscal year the calendar is in (Asia/Bangkok), never the newest year of the content. */
export function getCurrentFiscalYear(): number {
  return currentFiscalYear();
}

/** The newest year whose report page exists: the header links there. */
export async function getLatestReportYear(): Promise<number | undefined> {
  return (await getFiscalYears())[0];
}
