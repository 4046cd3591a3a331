/**
 * Thai month names as Intl prints them, so the parser reads exactly what the
 * formatter writes, plus the misspellings that real reports contain.
 */

/** Long and short Thai names of one month. */
export interface ThaiMonthName {
  /** 1–12. */
  month: number;
  /** 'ตุลาคม'. */
  long: string;
  /** 'ต.ค.'. */
  short: string;
}

// Reports are typed by hand; these spellings appear often enough to accept without guessing.
const EXTRA_SPELLINGS: Readonly<Record<number, readonly string[]>> = {
  7: ['กรกฏาคม'],
};

function readMonthNames(): ThaiMonthName[] {
  const long = new Intl.DateTimeFormat('th-TH', { timeZone: 'UTC', month: 'long' });
  const short = new Intl.DateTimeFormat('th-TH', { timeZone: 'UTC', month: 'short' });
  return Array.from({ length: 12 }, (_, index) => {
    const probe = new Date(Date.UTC(2000, index, 15));
    return { month: index + 1, long: long.format(probe), short: short.format(probe) };
  });
}

/** The twelve months, January first. */
export const THAI_MONTHS: readonly ThaiMonthName[] = readMonthNames();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// 'ต.ค.' also appears as 'ต.ค' or 'ต. ค.', so the dots after the first may be loose.
function loosenAbbreviation(short: string): string {
  const pieces = short.split('.').filter((piece) => piece.length > 0);
  return pieces.map(escapeRegExp).join('\\.\\s?') + '\\.?';
}

const alternatives = THAI_MONTHS.flatMap(({ month, long, short }) => [
  { month, source: escapeRegExp(long) },
  ...(EXTRA_SPELLINGS[month] ?? []).map((spelling) => ({ month, source: escapeRegExp(spelling) })),
  { month, source: loosenAbbreviation(short) },
]);

/** Sticky pattern matching any month name at a position; group n+1 is alternative n. */
export const MONTH_PATTERN = new RegExp(alternatives.map(({ source }) => `(${source})`).join('|'), 'y');

/** Which month the matched alternative of {@link MONTH_PATTERN} names. */
export function readMonthMatch(match: RegExpExecArray): number | undefined {
  const index = match.findIndex((group, position) => position > 0 && group !== undefined);
  return index > 0 ? alternatives[index - 1]?.month : undefined;
}
