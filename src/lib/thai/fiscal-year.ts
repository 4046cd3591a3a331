import { BANGKOK_TIME_ZONE, composeIsoDate, countDaysInMonth, getBangkokDay, readDateInput } from './calendar';

/** A Thai ITA report round: the 6-month report or the 12-month (full-year) report. */
export type ReportRound = 6 | 12;

/** An inclusive ISO day range. */
export interface IsoRange {
  start: string;
  end: string;
}

/** Years between the Buddhist and Christian eras, read from Intl once rather than written by hand. */
const ERA_OFFSET = deriveEraOffset();

function deriveEraOffset(): number {
  const probeYear = 2000;
  // Mid-year probe so no time zone can push it into a neighbouring year.
  const probe = new Date(Date.UTC(probeYear, 6, 1));
  const parts = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
    timeZone: BANGKOK_TIME_ZONE,
    year: 'numeric',
  }).formatToParts(probe);
  const buddhistYear = Number(parts.find((part) => part.type === 'year')?.value);
  if (!Number.isInteger(buddhistYear)) throw new Error('Intl has no Buddhist calendar (Node built without full ICU?)');
  return buddhistYear - probeYear;
}

function assertYear(year: number, label: string): void {
  if (!Number.isInteger(year)) throw new RangeError(`${label} must be an integer, got ${year}`);
}

/** Buddhist-era year → Christian-era year (2568 → 2025). */
export function beToCe(beYear: number): number {
  assertYear(beYear, 'Buddhist-era year');
  return beYear - ERA_OFFSET;
}

/** Christian-era year → Buddhist-era year (2025 → 2568). */
export function ceToBe(ceYear: number): number {
  assertYear(ceYear, 'Christian-era year');
  return ceYear + ERA_OFFSET;
}

/** The Thai government fiscal year (BE) a Bangkok day belongs to: 1 Oct 2024 → 2568. */
export function fiscalYearOf(date: Date | string): number {
  const day = getBangkokDay(readDateInput(date));
  const buddhistYear = ceToBe(day.year);
  // October–December already belong to the next fiscal year.
  return day.month >= 10 ? buddhistYear + 1 : buddhistYear;
}

/** First and last day of a fiscal year: 2568 → 2024-10-01..2025-09-30. */
export function fiscalYearRange(beYear: number): IsoRange {
  const endYear = beToCe(beYear);
  return {
    start: composeIsoDate({ year: endYear - 1, month: 10, day: 1 }),
    end: composeIsoDate({ year: endYear, month: 9, day: 30 }),
  };
}

/** Days covered by a report round: 6 → 1 Oct–31 Mar, 12 → the whole fiscal year. */
export function reportRoundRange(beYear: number, round: ReportRound): IsoRange {
  const whole = fiscalYearRange(beYear);
  if (round === 12) return whole;
  return { start: whole.start, end: composeIsoDate({ year: beToCe(beYear), month: 3, day: 31 }) };
}

/**
 * The ISO day from which a round's report is due: the day after the round closes
 * (6 → 1 April of the fiscal year's second calendar year, 12 → 1 October after the year).
 */
export function reportRoundDueDate(beYear: number, round: ReportRound): string {
  const endYear = beToCe(beYear);
  return composeIsoDate({ year: endYear, month: round === 6 ? 4 : 10, day: 1 });
}

/** Days of a fiscal quarter (1 = Oct–Dec, 2 = Jan–Mar, 3 = Apr–Jun, 4 = Jul–Sep). */
export function fiscalQuarterRange(beYear: number, quarter: 1 | 2 | 3 | 4): IsoRange {
  const endYear = beToCe(beYear);
  const firstMonth = quarter === 1 ? 10 : (quarter - 2) * 3 + 1;
  const year = quarter === 1 ? endYear - 1 : endYear;
  const lastMonth = firstMonth + 2;
  return {
    start: composeIsoDate({ year, month: firstMonth, day: 1 }),
    end: composeIsoDate({ year, month: lastMonth, day: countDaysInMonth(year, lastMonth) }),
  };
}

/** Today in Bangkok as an ISO day; `ITA_TODAY` (YYYY-MM-DD) pins it for tests and for re-checking an old build. */
export function todayInBangkok(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ITA_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(env.ITA_TODAY)) return env.ITA_TODAY;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
}

/** The fiscal year the calendar is in now (2570 from 1 Oct 2026), whatever the content holds. */
export function currentFiscalYear(env: NodeJS.ProcessEnv = process.env): number {
  return fiscalYearOf(todayInBangkok(env));
}
