import { toArabicDigits } from './numerals';
import { MONTH_PATTERN, readMonthMatch } from './month-names';

/** What a piece of Thai date text is. 'word' and 'other' are anything that is not date vocabulary. */
export type DateTokenKind =
  | 'iso'
  | 'slashDate'
  | 'number'
  | 'month'
  | 'beEra'
  | 'ceEra'
  | 'weekday'
  | 'dayWord'
  | 'to'
  | 'and'
  | 'slash'
  | 'from'
  | 'between'
  | 'at'
  | 'onwards'
  | 'per'
  | 'fiscal'
  | 'whole'
  | 'year'
  | 'quarter'
  | 'round'
  | 'monthWord'
  | 'word'
  | 'other';

/** One token; `start`/`end` index the cleaned text, `value` is a number, month or weekday. */
export interface DateToken {
  kind: DateTokenKind;
  text: string;
  start: number;
  end: number;
  value: number;
}

const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  อาทิตย์: 0,
  จันทร์: 1,
  อังคาร: 2,
  พุธ: 3,
  พฤหัสบดี: 4,
  พฤหัส: 4,
  ศุกร์: 5,
  เสาร์: 6,
};

// Order matters: longer words first ('ปีงบประมาณ' before 'ปี', 'วันที่' before a weekday).
const RULES: ReadonlyArray<readonly [DateTokenKind, RegExp]> = [
  ['iso', /\d{4}-\d{2}-\d{2}(?!\d)/y],
  ['slashDate', /\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d)/y],
  ['number', /\d+/y],
  ['month', MONTH_PATTERN],
  ['beEra', /พ\.\s?ศ\.?/y],
  ['ceEra', /ค\.\s?ศ\.?/y],
  ['dayWord', /วันที่/y],
  ['weekday', /(?:วัน)?(อาทิตย์|จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์)(?:ที่)?/y],
  ['to', /จนถึง|ถึง|[-–—‒−~]/y],
  ['and', /และ|,/y],
  ['slash', /\//y],
  ['from', /ตั้งแต่/y],
  ['between', /ระหว่าง/y],
  // 'ณ' ends many words (ประมาณ), so it only counts on its own.
  ['at', /(?<![\u0e01-\u0e4e])ณ(?![\u0e01-\u0e4e])/y],
  ['onwards', /เป็นต้นไป/y],
  ['per', /ประจำ/y],
  ['fiscal', /ปีงบประมาณ|ปีงบฯ|ปีงบ/y],
  ['whole', /ตลอด|ทั้ง/y],
  ['year', /ปี/y],
  ['quarter', /ไตรมาส(?:ที่)?/y],
  ['round', /รอบ(?:ที่)?/y],
  ['monthWord', /เดือน/y],
];

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

/**
 * Cleans a table cell for reading: drops HTML tags and zero-width spaces, recomposes
 * SARA AM typed as two characters, and collapses whitespace. Digits are kept as written.
 */
export function cleanDateText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/\s+/g, ' ')
    .trim();
}

function readValue(kind: DateTokenKind, match: RegExpExecArray): number {
  if (kind === 'number') return Number(match[0]);
  if (kind === 'month') return readMonthMatch(match) ?? 0;
  if (kind === 'weekday') return WEEKDAY_NUMBERS[match[1] ?? ''] ?? -1;
  return 0;
}

function matchRule(arabic: string, position: number): DateToken | undefined {
  for (const [kind, pattern] of RULES) {
    pattern.lastIndex = position;
    const match = pattern.exec(arabic);
    if (match && match[0].length > 0) {
      return { kind, text: match[0], start: position, end: position + match[0].length, value: readValue(kind, match) };
    }
  }
  return undefined;
}

/**
 * Splits cleaned text into date tokens. Thai digits are read as Arabic, but positions
 * still index the text as given because the digit mapping keeps its length.
 */
export function tokenizeDateText(cleaned: string): DateToken[] {
  const arabic = toArabicDigits(cleaned);
  const tokens: DateToken[] = [];
  let position = 0;
  while (position < arabic.length) {
    const char = arabic.charAt(position);
    if (SPACE.test(char)) {
      position += 1;
      continue;
    }
    const token = matchRule(arabic, position);
    if (token) {
      tokens.push({ ...token, text: cleaned.slice(token.start, token.end) });
      position = token.end;
      continue;
    }
    const kind: DateTokenKind = LETTER.test(char) ? 'word' : 'other';
    const last = tokens.at(-1);
    // Unknown letters are merged per run so a reason can quote the word, not one letter.
    if (kind === 'word' && last?.kind === 'word' && last.end === position) {
      last.end += 1;
      last.text = cleaned.slice(last.start, last.end);
    } else {
      tokens.push({ kind, text: char, start: position, end: position + 1, value: 0 });
    }
    position += 1;
  }
  return tokens;
}
