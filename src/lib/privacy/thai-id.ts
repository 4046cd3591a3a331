import { toArabicDigits } from '@/lib/thai/numerals';

/**
 * Thai national ID numbers (เลขประจำตัวประชาชน): 13 digits, the last a check
 * digit over the first 12. Staff type them with Thai or Arabic digits, grouped
 * 1-4-5-2-1 with dashes or spaces, or as one run of 13 digits.
 */

/** True when 13 Arabic digits carry a valid Thai ID check digit. */
export function isValidThaiId(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

/** A national ID number found in text. */
export interface ThaiIdMatch {
  /** The text as written (Thai or Arabic digits, with its separators). */
  text: string;
  /** The 13 Arabic digits. */
  digits: string;
  /** Offset of the match in the scanned text. */
  index: number;
}

const DIGIT = '[0-9\\u0e50-\\u0e59]';
// A run of digit groups joined by one dash or space: how numbers are laid out
// in front matter and in text extracted from PDFs.
const GROUP_RUN = new RegExp(`${DIGIT}+(?:[ \\u00a0\\-\\u2010-\\u2013]${DIGIT}+)*`, 'g');
const OFFICIAL_GROUPING = [1, 4, 5, 2, 1];

/**
 * Finds ID numbers with a valid check digit. A candidate is a single group of
 * exactly 13 digits, a whole run of groups totalling 13 digits, or — inside a
 * longer run — five consecutive groups in the official 1-4-5-2-1 layout. Money
 * (`1,250,000`), dates and document numbers (`ที่ ๑๒/๒๕๖๘`) never form such a
 * run, and the check digit rules out nine in ten accidental matches.
 */
export function findThaiIds(text: string): ThaiIdMatch[] {
  const found: ThaiIdMatch[] = [];
  for (const run of text.matchAll(GROUP_RUN)) {
    const groups = [...run[0].matchAll(new RegExp(`${DIGIT}+`, 'g'))].map((g) => ({ text: g[0], index: g.index }));
    const lengths = groups.map((g) => g.text.length);
    const candidates: [number, number][] = [];
    if (lengths.reduce((a, b) => a + b, 0) === 13) candidates.push([0, groups.length - 1]);
    else {
      groups.forEach((g, i) => {
        if (g.text.length === 13 && groups.length > 1) candidates.push([i, i]);
        if (OFFICIAL_GROUPING.every((len, k) => lengths[i + k] === len)) candidates.push([i, i + 4]);
      });
    }
    for (const [first, last] of candidates) {
      const start = groups[first]!.index;
      const end = groups[last]!.index + groups[last]!.text.length;
      const written = run[0].slice(start, end);
      const digits = toArabicDigits(written).replace(/\D/g, '');
      if (isValidThaiId(digits)) found.push({ text: written, digits, index: run.index + start });
    }
  }
  return found;
}
