import { getFrameworks } from './frameworks';
import { getPublishedMeasures } from './measures';

/** Fiscal years that have a framework and at least one published measure, newest first. */
export async function getFiscalYears(): Promise<number[]> {
  const measures = await getPublishedMeasures();
  const withMeasures = new Set(measures.map((m) => m.data.fiscalYear));
  return (await getFrameworks()).map((f) => f.fiscalYear).filter((y) => withMeasures.has(y));
}

/** The year the home page leads with: the newest year with published measures. */
export async function getCurrentFiscalYear(): Promise<number | undefined> {
  return (await getFiscalYears())[0];
}
