/**
 * Ground truth for the recall benchmark: which pages visibly contain a query,
 * decided on the text alone (no search units), so the benchmark measures the
 * index rather than agreeing with itself.
 */
import { toArabicDigits } from '@/lib/thai/numerals';

/** Folds what a reader would not tell apart: digit script, letter case, runs of spaces. */
export function normaliseForMatch(text: string): string {
  return toArabicDigits(text.normalize('NFC'))
    .replace(/\u200b/gu, '')
    .toLowerCase()
    .replace(/[^\S\n]+/gu, ' ')
    .trim();
}

const LATIN = /[a-z]/u;
const DIGIT = /[0-9]/u;
// A match must cover whole characters as displayed (grapheme clusters): "งบ" is not
// in "ของบุคลากร", where the บ carries a vowel mark. SARA AM extends a cluster too.
const EXTENDS_CLUSTER = /[\p{M}\u0e33]/u;
const sameRun = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && ((LATIN.test(a) && LATIN.test(b)) || (DIGIT.test(a) && DIGIT.test(b)));

/**
 * True when `text` shows `query`. Thai matches anywhere on whole characters (Thai has no spaces);
 * a Latin word or a number must match whole at its edges ("2568" is not in
 * "25680", "gift" is not in "gifts"), as a reader would read them.
 */
export function textShows(text: string, query: string): boolean {
  const haystack = normaliseForMatch(text);
  const needle = normaliseForMatch(query);
  if (!needle) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const wholeCharacters = !EXTENDS_CLUSTER.test(needle[0]!) && !(after && EXTENDS_CLUSTER.test(after));
    if (wholeCharacters && !sameRun(before, needle[0]) && !sameRun(needle.at(-1), after)) return true;
  }
  return false;
}

/** Recall and precision of one query's results against the pages that show it. */
export function scoreQuery(
  expected: ReadonlySet<string>,
  found: readonly string[],
): { recall: number; precision: number } {
  const hits = found.filter((url) => expected.has(url)).length;
  return {
    recall: expected.size ? hits / expected.size : found.length ? 0 : 1,
    precision: found.length ? hits / found.length : 1,
  };
}
