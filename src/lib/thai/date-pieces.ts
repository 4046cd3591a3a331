import type { DateToken, DateTokenKind } from './date-tokens';
import { toArabicDigits } from './numerals';
import { REFUSALS, type DateFailure } from './date-reasons';
import { beToCe, ceToBe, fiscalQuarterRange, fiscalYearRange, reportRoundRange, type IsoRange } from './fiscal-year';

/** A day or month as written; a missing year is filled in later from the other end or the fiscal year. */
export interface DatePoint {
  kind: 'point';
  day?: number | undefined;
  month?: number | undefined;
  /** CE year. */
  year?: number | undefined;
  /** 0 = Sunday, when the text named the weekday. */
  weekday?: number | undefined;
}

/** A period named as a whole: a fiscal year, a fiscal quarter or a report round. */
export interface DateSpan extends IsoRange {
  kind: 'span';
  wholeFiscalYear: boolean;
}

/** One side of a range, or the whole text when it is not a range. */
export type DatePiece = DatePoint | DateSpan;

// A 4-digit number in this band is a plausible Buddhist-era year for ITA reports.
const FIRST_BE_YEAR = 2400;
const LAST_BE_YEAR = 2699;
const BE_CENTURY = 2500;
// Below the BE band, a 4-digit number from here on is most likely a CE year typed by mistake.
const FIRST_CE_LOOKING_YEAR = 1900;

/** Reads a year token as a Buddhist-era year, refusing what only looks like one. */
export function readBuddhistYear(token: DateToken, era?: DateTokenKind): number | DateFailure {
  const digits = token.text.length;
  if (era === 'ceEra') return digits === 4 ? ceToBe(token.value) : REFUSALS.badYear(token.text);
  // Thai reports abbreviate the BE year to its last two digits ('๖๘' = 2568).
  if (digits === 2) return BE_CENTURY + token.value;
  if (digits === 4 && token.value >= FIRST_BE_YEAR && token.value <= LAST_BE_YEAR) return token.value;
  if (digits === 4 && era === undefined && token.value >= FIRST_CE_LOOKING_YEAR && token.value < FIRST_BE_YEAR) {
    return REFUSALS.looksCe(token.text);
  }
  return REFUSALS.badYear(token.text);
}

/** Walks a token list left to right. */
class TokenCursor {
  private index = 0;
  constructor(private readonly tokens: readonly DateToken[]) {}
  /** Takes the next token when it is one of `kinds`. */
  take(...kinds: DateTokenKind[]): DateToken | undefined {
    const token = this.tokens[this.index];
    if (token && kinds.includes(token.kind)) {
      this.index += 1;
      return token;
    }
    return undefined;
  }
  /** True when every token was read; leftovers mean the text is not this form. */
  isDone(): boolean {
    return this.index >= this.tokens.length;
  }
}

/** Tells a refusal apart from a reading. */
export function isFailure<T>(value: T | DateFailure): value is DateFailure {
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
}

// Rebuilds the words as written, spacing only where the text had a space.
function quote(tokens: readonly DateToken[]): string {
  return tokens
    .map((token, index) => (index > 0 && token.start > (tokens[index - 1]?.end ?? 0) ? ' ' : '') + token.text)
    .join('');
}

function makeSpan(range: IsoRange, wholeFiscalYear: boolean): DateSpan {
  return { kind: 'span', ...range, wholeFiscalYear };
}

// A fiscal year is either written after the phrase or known from the context.
function readFiscalYear(cursor: TokenCursor, fiscalYear: number | undefined): number | DateFailure {
  const era = cursor.take('beEra', 'ceEra');
  const number = cursor.take('number');
  if (number) return readBuddhistYear(number, era?.kind);
  if (era) return REFUSALS.badYear(era.text);
  return fiscalYear ?? REFUSALS.noYear();
}

function readYearPhrase(tokens: readonly DateToken[], fiscalYear: number | undefined): DatePiece | DateFailure {
  const cursor = new TokenCursor(tokens);
  const whole = cursor.take('whole');
  // 'ตลอดทั้งปี' stacks two "whole" words that mean the same.
  cursor.take('whole');
  if (cursor.take('fiscal')) {
    const year = readFiscalYear(cursor, fiscalYear);
    if (!cursor.isDone()) return REFUSALS.unrecognised(quote(tokens));
    return isFailure(year) ? year : makeSpan(fiscalYearRange(year), true);
  }
  const calendarYear = cursor.take('year');
  const era = cursor.take('beEra', 'ceEra');
  const number = cursor.take('number');
  if (!cursor.isDone()) return REFUSALS.unrecognised(quote(tokens));
  // 'ตลอดปี' / 'ทั้งปี' with no number can only mean the fiscal year the report is about.
  if (whole && calendarYear && !era && !number) {
    return fiscalYear === undefined ? REFUSALS.noYear() : makeSpan(fiscalYearRange(fiscalYear), true);
  }
  if (number && (calendarYear || era)) return REFUSALS.ambiguousYear(quote(tokens));
  return REFUSALS.unrecognised(quote(tokens));
}

function readQuarter(tokens: readonly DateToken[], fiscalYear: number | undefined): DatePiece | DateFailure {
  const cursor = new TokenCursor(tokens);
  cursor.take('quarter');
  const quarter = cursor.take('number');
  if (!quarter || quarter.value < 1 || quarter.value > 4) return REFUSALS.unrecognised(quote(tokens));
  if (cursor.take('slash', 'year')) return REFUSALS.ambiguousYear(quote(tokens));
  cursor.take('fiscal');
  const year = readFiscalYear(cursor, fiscalYear);
  if (!cursor.isDone()) return REFUSALS.unrecognised(quote(tokens));
  if (isFailure(year)) return year;
  return makeSpan(fiscalQuarterRange(year, quarter.value as 1 | 2 | 3 | 4), false);
}

function readRound(tokens: readonly DateToken[], fiscalYear: number | undefined): DatePiece | DateFailure {
  const cursor = new TokenCursor(tokens);
  cursor.take('round');
  const months = cursor.take('number');
  if (!months || (months.value !== 6 && months.value !== 12) || !cursor.take('monthWord')) {
    return REFUSALS.unrecognised(quote(tokens));
  }
  if (cursor.take('year')) return REFUSALS.ambiguousYear(quote(tokens));
  cursor.take('fiscal');
  const year = readFiscalYear(cursor, fiscalYear);
  if (!cursor.isDone()) return REFUSALS.unrecognised(quote(tokens));
  if (isFailure(year)) return year;
  return makeSpan(reportRoundRange(year, months.value), months.value === 12);
}

function readNumericDate(token: DateToken): DatePiece | DateFailure {
  const [first = 0, second = 0, third = 0] = token.text.split(/[-/]/).map((part) => Number(toArabicDigits(part)));
  if (token.kind === 'iso') return { kind: 'point', year: first, month: second, day: third };
  // Thai numeric dates are always day/month/year with a Buddhist-era year.
  const yearText = token.text.split('/')[2] ?? '';
  const year = readBuddhistYear({ ...token, text: yearText, value: third });
  return isFailure(year) ? year : { kind: 'point', day: first, month: second, year: beToCe(year) };
}

function readDayMonthYear(tokens: readonly DateToken[]): DatePiece | DateFailure {
  const cursor = new TokenCursor(tokens);
  const weekday = cursor.take('weekday');
  const day = cursor.take('number');
  const month = cursor.take('month');
  const era = month ? cursor.take('beEra', 'ceEra') : undefined;
  const yearToken = month ? cursor.take('number') : undefined;
  const incomplete = (era && !yearToken) || (!day && !month) || (weekday && !day);
  if (!cursor.isDone() || incomplete) return REFUSALS.unrecognised(quote(tokens));
  if (day && day.text.length === 4 && !month) return REFUSALS.ambiguousYear(day.text);
  if (day && day.text.length > 2) return REFUSALS.unrecognised(quote(tokens));
  const point: DatePoint = { kind: 'point' };
  if (weekday) point.weekday = weekday.value;
  if (day) point.day = day.value;
  if (month) point.month = month.value;
  if (yearToken) {
    const year = readBuddhistYear(yearToken, era?.kind);
    if (isFailure(year)) return year;
    point.year = beToCe(year);
  }
  return point;
}

/**
 * Reads one side of a range (or a whole text) into a point or a named span.
 * `fiscalYear` (BE) fills in phrases such as 'ตลอดปี' that name no year.
 */
export function readDatePiece(tokens: readonly DateToken[], fiscalYear?: number): DatePiece | DateFailure {
  const first = tokens[0];
  if (!first) return REFUSALS.incompleteRange();
  if (tokens.length === 1 && (first.kind === 'iso' || first.kind === 'slashDate')) return readNumericDate(first);
  if (first.kind === 'quarter') return readQuarter(tokens, fiscalYear);
  if (first.kind === 'round') return readRound(tokens, fiscalYear);
  if (['whole', 'fiscal', 'year', 'beEra', 'ceEra'].includes(first.kind)) return readYearPhrase(tokens, fiscalYear);
  return readDayMonthYear(tokens);
}
