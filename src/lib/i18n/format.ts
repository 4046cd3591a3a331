import type { Period } from '@/schemas/dates';
import {
  applyDigitStyle,
  formatEnglishDate,
  formatThaiDate,
  formatThaiDateRange,
  type DigitStyle,
} from '@/lib/thai/index';

/**
 * Display formatting for the public pages. Every number or date a page shows
 * goes through here so the organisation's digit choice (๑๒๓ or 123) applies
 * everywhere; dates come only from src/lib/thai (Buddhist era, Bangkok day).
 */

const integerFormat = new Intl.NumberFormat('th-TH-u-nu-latn', { maximumFractionDigits: 0 });
const moneyFormat = new Intl.NumberFormat('th-TH-u-nu-latn', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const scoreFormat = new Intl.NumberFormat('th-TH-u-nu-latn', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A whole number with thousands separators, e.g. 1,250 → '๑,๒๕๐'. */
export function formatCount(value: number, digits: DigitStyle): string {
  return applyDigitStyle(integerFormat.format(value), digits);
}

/** Baht with separators and up to two decimals, e.g. '๑๕๐,๐๐๐ บาท'. */
export function formatBaht(value: number, digits: DigitStyle): string {
  return `${applyDigitStyle(moneyFormat.format(value), digits)} บาท`;
}

/** An ITA score in percent with two decimals, e.g. '๙๒.๕๐'. */
export function formatScore(value: number, digits: DigitStyle): string {
  return applyDigitStyle(scoreFormat.format(value), digits);
}

/** A day in Thai with the Buddhist-era year; short ('๑ ต.ค. ๖๗') for tables, long elsewhere. */
export function formatDay(iso: string, digits: DigitStyle, month: 'long' | 'short' = 'long'): string {
  return formatThaiDate(iso, { digits, month });
}

/** A day in English for the English announcement pages. */
export function formatDayEn(iso: string): string {
  return formatEnglishDate(iso);
}

/** A measure's period: the whole fiscal year is said in words, with its dates after. */
export function formatPeriod(period: Period, digits: DigitStyle, month: 'long' | 'short' = 'short'): string {
  const range = formatThaiDateRange(period.start, period.end, { digits, month });
  return period.wholeFiscalYear ? `ตลอดปีงบประมาณ (${range})` : range;
}

/** Any text with numbers in it (a fiscal year, "รอบ 6 เดือน") in the chosen digits. */
export function formatDigits(text: string | number, digits: DigitStyle): string {
  return applyDigitStyle(String(text), digits);
}

/** A file size the way people read it: '๓๔๐ KB', '๑.๒ MB'. */
export function formatFileSize(bytes: number, digits: DigitStyle): string {
  if (bytes < 1024) return `${formatCount(bytes, digits)} ไบต์`;
  if (bytes < 1024 * 1024) return `${formatCount(Math.round(bytes / 1024), digits)} KB`;
  return `${applyDigitStyle((bytes / (1024 * 1024)).toFixed(1), digits)} MB`;
}

/** Two days as a range in long form, e.g. '๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘'. */
export function formatThaiRangeText(start: string, end: string, digits: DigitStyle): string {
  return formatThaiDateRange(start, end, { digits, month: 'long' });
}

/** The formatters above with the organisation's digit style already chosen: what a page gets from `Astro.locals.format`. */
export interface Formatters {
  digits(text: string | number): string;
  count(value: number): string;
  baht(value: number): string;
  score(value: number): string;
  day(iso: string, month?: 'long' | 'short'): string;
  dayEn(iso: string): string;
  period(period: Period, month?: 'long' | 'short'): string;
  fileSize(bytes: number): string;
  rangeText(start: string, end: string): string;
}

/** Binds every formatter to one digit style, so a component never needs the style handed to it. */
export function createFormatters(digits: DigitStyle): Formatters {
  return {
    digits: (text) => formatDigits(text, digits),
    count: (value) => formatCount(value, digits),
    baht: (value) => formatBaht(value, digits),
    score: (value) => formatScore(value, digits),
    day: (iso, month = 'long') => formatDay(iso, digits, month),
    dayEn: (iso) => formatDayEn(iso),
    period: (period, month = 'short') => formatPeriod(period, digits, month),
    fileSize: (bytes) => formatFileSize(bytes, digits),
    rangeText: (start, end) => formatThaiRangeText(start, end, digits),
  };
}
