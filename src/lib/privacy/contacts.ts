import { toArabicDigits } from '@/lib/thai/numerals';

/** A phone number or e-mail address found in text. */
export interface ContactMatch {
  kind: 'phone' | 'email';
  /** As written. */
  text: string;
  /** Comparable form: digits only (with a leading 0 for +66) or the lower-case address. */
  normalised: string;
  index: number;
}

const D = '[0-9\\u0e50-\\u0e59]';
const SEP = '[ \\-.\\u00a0]?';
// Thai numbers: 0 + 8 digits (landline, 02-123-4567) or 0 + 9 digits (mobile,
// 081-234-5678), or the same after +66. Not preceded or followed by a digit, so
// parts of ID numbers, amounts and document numbers do not match.
const PHONE = new RegExp(
  `(?<![0-9\\u0e50-\\u0e59])(?:\\+66${SEP}|[0\\u0e50])(?:${D}${SEP}){7,8}${D}(?![0-9\\u0e50-\\u0e59]|${SEP}${D})`,
  'g',
);
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** The comparable form of a phone number: Arabic digits, `+66` turned into the leading 0. */
export function normalisePhone(text: string): string {
  const digits = toArabicDigits(text).replace(/[^\d+]/g, '');
  return digits.startsWith('+66') ? `0${digits.slice(3)}` : digits.replace(/\+/g, '');
}

/** Phone numbers and e-mail addresses in text. */
export function findContacts(text: string): ContactMatch[] {
  const found: ContactMatch[] = [];
  for (const m of text.matchAll(PHONE)) {
    const normalised = normalisePhone(m[0]);
    // A dotted run such as 0808.2 is a document number, not a phone: require 9–10 digits and a non-zero area digit.
    if (/^0[1-9]\d{7,8}$/.test(normalised)) found.push({ kind: 'phone', text: m[0], normalised, index: m.index });
  }
  for (const m of text.matchAll(EMAIL))
    found.push({ kind: 'email', text: m[0], normalised: m[0].toLowerCase(), index: m.index });
  return found;
}
