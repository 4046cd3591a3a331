/**
 * Reads the period texts of Thai ITA reports. Accepted: d/m/y in Thai or Arabic digits,
 * abbreviated or full months, 2- or 4-digit BE years (with or without พ.ศ.), ranges joined
 * by ถึง / จนถึง / - / – / —, 'ระหว่าง A และ B', 'ตลอด/ทั้งปีงบประมาณ', fiscal quarters,
 * 'รอบ 6/12 เดือน', ISO days and Thai d/m/yyyy. Framing words (วันที่, ตั้งแต่, ณ, ประจำ)
 * and HTML tags are ignored. 'เป็นต้นไป' / a lone 'ตั้งแต่' make a text open-ended: refused
 * as a period (no end to check), accepted by parseThaiDate as the one day it names.
 */
import { cleanDateText, tokenizeDateText, type DateToken } from './date-tokens';
import { REFUSALS, type DateFailure } from './date-reasons';
import { isFailure, readDatePiece, type DatePiece, type DatePoint } from './date-pieces';
import { composeIsoDate, countDaysInMonth, getWeekdayOf, isRealDay } from './calendar';
import { beToCe, fiscalYearOf, fiscalYearRange } from './fiscal-year';

/**
 * A period read from report text. `wholeFiscalYear` is true when the days are exactly one
 * fiscal year, however it was written; `fiscalYear` (BE) is set when both ends fall in one.
 */
export type DateTextResult =
  | { ok: true; start: string; end: string; wholeFiscalYear: boolean; fiscalYear?: number }
  | { ok: false; text: string; reason: string; reasonEn: string };

/** A single day read from Thai text. */
export type ThaiDateResult = { ok: true; date: string } | { ok: false; text: string; reason: string; reasonEn: string };

/** What the text is about; `fiscalYear` (BE) resolves 'ตลอดปี' and days written without a year. */
export interface DateTextContext {
  fiscalYear?: number;
}

interface ReadPeriod {
  ok: true;
  start: string;
  end: string;
  wholeFiscalYear: boolean;
  singleDay: boolean;
  openEnded: boolean;
}

// Words that frame a date without changing it ('วันที่', 'ณ', 'ประจำ') or that open a range.
const FRAME_WORDS = new Set(['from', 'between', 'dayWord', 'at', 'per', 'onwards']);
// Brackets, markdown emphasis and quotes do not change what a date means.
const IGNORED_MARKS = /^[()[\]*"'“”‘’]$/;

function resolveYear(point: DatePoint, fiscalYear: number | undefined): number | undefined {
  if (point.year !== undefined) return point.year;
  if (fiscalYear === undefined || point.month === undefined) return undefined;
  // October–December of fiscal year N fall in the calendar year before N ends.
  return point.month >= 10 ? beToCe(fiscalYear) - 1 : beToCe(fiscalYear);
}

function toDay(point: DatePoint, year: number, edge: 'first' | 'last'): string | DateFailure {
  const month = point.month ?? 0;
  const day = point.day ?? (edge === 'first' ? 1 : countDaysInMonth(year, month));
  const calendarDay = { year, month, day };
  const iso = composeIsoDate(calendarDay);
  if (!isRealDay(calendarDay)) return REFUSALS.impossibleDay(iso);
  if (point.weekday !== undefined && point.weekday !== getWeekdayOf(calendarDay)) return REFUSALS.weekdayMismatch(iso);
  return iso;
}

function resolvePoints(left: DatePoint, right: DatePoint, fiscalYear: number | undefined) {
  if (right.month === undefined) return REFUSALS.incompleteRange();
  const start: DatePoint = left.month === undefined ? { ...left, month: right.month, year: right.year } : left;
  // A missing year first borrows the other end's year (1–30 ก.ย. 68); only if that reverses
  // the range does the fiscal year decide (1 ต.ค. – 31 มี.ค. 68 in fiscal year 2568).
  const tries: Array<[number | undefined, number | undefined]> = [
    [start.year ?? right.year, right.year ?? start.year],
    [resolveYear(start, fiscalYear), resolveYear(right, fiscalYear)],
  ];
  let lastFailure: DateFailure = REFUSALS.noYear();
  for (const [startYear, endYear] of tries) {
    if (startYear === undefined || endYear === undefined) continue;
    const first = toDay(start, startYear, 'first');
    const last = toDay(right, endYear, 'last');
    if (isFailure(first)) return first;
    if (isFailure(last)) return last;
    if (first <= last) return { start: first, end: last };
    lastFailure = REFUSALS.endBeforeStart(first, last);
  }
  return lastFailure;
}

function resolvePieces(pieces: DatePiece[], fiscalYear: number | undefined, text: string) {
  const [left, right] = pieces;
  if (!left) return REFUSALS.empty();
  if (!right) {
    if (left.kind === 'span') return { start: left.start, end: left.end, named: left.wholeFiscalYear };
    if (left.month === undefined) return REFUSALS.dayWithoutMonth();
    const year = resolveYear(left, fiscalYear);
    if (year === undefined) return REFUSALS.noYear();
    const start = toDay(left, year, 'first');
    const end = toDay(left, year, 'last');
    if (isFailure(start)) return start;
    return isFailure(end) ? end : { start, end, named: false };
  }
  // Named spans (fiscal years, quarters, rounds) are periods already; a range of them is not a report form.
  if (left.kind === 'span' || right.kind === 'span') return REFUSALS.unrecognised(text);
  const range = resolvePoints(left, right, fiscalYear);
  return isFailure(range) ? range : { ...range, named: false };
}

function splitOn(tokens: readonly DateToken[], kind: DateToken['kind']): DateToken[][] {
  const parts: DateToken[][] = [[]];
  for (const token of tokens) {
    if (token.kind === kind) parts.push([]);
    else parts.at(-1)?.push(token);
  }
  return parts;
}

function readPeriod(text: string, fiscalYear: number | undefined): ReadPeriod | DateFailure {
  if (fiscalYear !== undefined && !(Number.isInteger(fiscalYear) && fiscalYear >= 2400 && fiscalYear <= 2699)) {
    throw new RangeError(`context.fiscalYear must be a Buddhist-era year, got ${fiscalYear}`);
  }
  const cleaned = cleanDateText(text);
  const all = tokenizeDateText(cleaned).filter((token) => !IGNORED_MARKS.test(token.text));
  if (all.length === 0) return REFUSALS.empty();
  const stray = all.filter((token) => token.kind === 'word' || token.kind === 'other');
  if (stray.length > 0) return REFUSALS.freeText(stray.map((token) => token.text).join(' '));
  const has = (kind: DateToken['kind']) => all.some((token) => token.kind === kind);
  // 'ระหว่าง A และ B' is the one place where 'และ' joins a range rather than a list.
  const andCount = all.filter((token) => token.kind === 'and').length;
  const tokens = all
    .filter((token) => !FRAME_WORDS.has(token.kind))
    .map((token) =>
      token.kind === 'and' && has('between') && andCount === 1 ? { ...token, kind: 'to' as const } : token,
    );
  if (tokens.every((token) => token.kind === 'to' || token.kind === 'and')) return REFUSALS.empty();
  if (tokens.some((token) => token.kind === 'and')) return REFUSALS.severalDates();
  const parts = splitOn(tokens, 'to');
  if (parts.length > 2) return REFUSALS.severalRanges();
  if (parts.some((part) => part.length === 0)) return REFUSALS.incompleteRange();
  const pieces: DatePiece[] = [];
  for (const part of parts) {
    const piece = readDatePiece(part, fiscalYear);
    if (isFailure(piece)) return piece;
    pieces.push(piece);
  }
  const range = resolvePieces(pieces, fiscalYear, cleaned);
  if (isFailure(range)) return range;
  const onePoint = pieces.length === 1 && pieces[0]?.kind === 'point' && pieces[0].day !== undefined;
  const fiscal = fiscalYearRange(fiscalYearOf(range.start));
  return {
    ok: true,
    start: range.start,
    end: range.end,
    wholeFiscalYear: range.named || (fiscal.start === range.start && fiscal.end === range.end),
    singleDay: onePoint,
    openEnded: has('onwards') || (has('from') && parts.length === 1),
  };
}

function explain(text: string, failure: DateFailure): { ok: false; text: string; reason: string; reasonEn: string } {
  return { ok: false, text, reason: failure.reason, reasonEn: failure.reasonEn };
}

/**
 * Reads a period as Thai reports write it ('๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘', 'ต.ค.๖๗-ก.ย.๖๘',
 * 'ตลอดปีงบประมาณ 2568', '๒๗ ธ.ค.๖๗', '2024-10-01 ถึง 2025-09-30') into ISO days.
 * It never guesses: several dates, open-ended starts ('ตั้งแต่ …', '… เป็นต้นไป'),
 * a bare 'ปี/พ.ศ. 2568' (calendar or fiscal?), CE-looking years, impossible days and
 * reversed ranges come back as `ok: false` with a Thai and an English reason.
 */
export function parseThaiDateText(text: string, context: DateTextContext = {}): DateTextResult {
  const period = readPeriod(text, context.fiscalYear);
  if (isFailure(period)) return explain(text, period);
  if (period.openEnded) return explain(text, REFUSALS.openEnded());
  const startYear = fiscalYearOf(period.start);
  const sameYear = startYear === fiscalYearOf(period.end);
  return {
    ok: true,
    start: period.start,
    end: period.end,
    wholeFiscalYear: period.wholeFiscalYear,
    ...(sameYear ? { fiscalYear: startYear } : {}),
  };
}

/**
 * Reads one day written in Thai ('๒๗ ธ.ค.๖๗', 'วันศุกร์ที่ 27 ธันวาคม 2567', '27/12/2567',
 * '2024-12-27'). 'ตั้งแต่วันที่ … เป็นต้นไป' is accepted because its one day is certain;
 * periods and whole months are refused.
 */
export function parseThaiDate(text: string, context: DateTextContext = {}): ThaiDateResult {
  const period = readPeriod(text, context.fiscalYear);
  if (isFailure(period)) return explain(text, period);
  if (!period.singleDay) return explain(text, REFUSALS.notSingleDay());
  return { ok: true, date: period.start };
}
