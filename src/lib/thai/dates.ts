import { applyDigitStyle, type DigitStyle } from './numerals';
import {
  BANGKOK_TIME_ZONE,
  composeIsoDate,
  getBangkokDay,
  makeBangkokNoon,
  readDateInput,
  readIsoDay,
} from './calendar';

/** Options for Thai date formatting. */
export interface ThaiDateFormatOptions {
  /** 'long' → '1 ตุลาคม 2567' (default); 'short' → '1 ต.ค. 67' (2-digit BE year, as Intl prints it). */
  month?: 'long' | 'short';
  /** Digits to print; default 'arabic'. */
  digits?: DigitStyle;
  /** Prefix the weekday ('วันอังคารที่ 1 ตุลาคม 2567' / 'อังคาร 1 ต.ค. 67'). */
  weekday?: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Formatters are costly to build and a site build formats thousands of dates, so keep one per option set.
function getThaiFormatter(month: 'long' | 'short', weekday: boolean): Intl.DateTimeFormat {
  const key = `${month}:${weekday}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
      timeZone: BANGKOK_TIME_ZONE,
      day: 'numeric',
      month,
      year: month === 'short' ? '2-digit' : 'numeric',
      ...(weekday ? { weekday: month } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

const englishFormat = new Intl.DateTimeFormat('en-GB-u-ca-gregory-nu-latn', {
  timeZone: BANGKOK_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const buddhistYearFormat = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
  timeZone: BANGKOK_TIME_ZONE,
  year: 'numeric',
});

/**
 * Formats a day in Thai with the Buddhist-era year, e.g. '1 ตุลาคม 2567' or, with
 * `{ month: 'short', digits: 'thai' }`, '๑ ต.ค. ๖๗'. A string must be an ISO day.
 */
export function formatThaiDate(date: Date | string, options: ThaiDateFormatOptions = {}): string {
  const { month = 'long', digits = 'arabic', weekday = false } = options;
  return applyDigitStyle(getThaiFormatter(month, weekday).format(readDateInput(date)), digits);
}

/**
 * Formats a period, letting Intl drop what both ends share:
 * '1 ตุลาคม 2567 – 30 กันยายน 2568', '1–31 ตุลาคม 2567'. Throws when the end is before the start.
 */
export function formatThaiDateRange(
  start: Date | string,
  end: Date | string,
  options: ThaiDateFormatOptions = {},
): string {
  const { month = 'long', digits = 'arabic', weekday = false } = options;
  const from = readDateInput(start);
  const to = readDateInput(end);
  if (toIsoDate(to) < toIsoDate(from)) {
    throw new RangeError(`Range ends (${toIsoDate(to)}) before it starts (${toIsoDate(from)})`);
  }
  return applyDigitStyle(getThaiFormatter(month, weekday).formatRange(from, to), digits);
}

/** Formats a day for English announcements: '1 October 2024' (Gregorian, Bangkok day). */
export function formatEnglishDate(date: Date | string): string {
  return englishFormat.format(readDateInput(date));
}

/** The Buddhist-era year of the Bangkok day, e.g. 2567 for 1 October 2024. */
export function formatBuddhistYear(date: Date | string): number {
  const parts = buddhistYearFormat.formatToParts(readDateInput(date));
  return Number(parts.find((part) => part.type === 'year')?.value);
}

/** The Bangkok calendar day of an instant as 'YYYY-MM-DD' (2024-09-30T20:00Z → '2024-10-01'). */
export function toIsoDate(date: Date): string {
  return composeIsoDate(getBangkokDay(date));
}

/**
 * Reads 'YYYY-MM-DD' as noon Bangkok time, so formatting it in any zone-aware way
 * never moves it to a neighbouring day. Throws on anything that is not a real day.
 */
export function parseIsoDate(iso: string): Date {
  const day = readIsoDay(iso);
  if (!day) throw new RangeError(`Not a real ISO day: "${iso}"`);
  return makeBangkokNoon(day);
}
