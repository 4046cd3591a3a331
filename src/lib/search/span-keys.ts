/**
 * Span keys: what the Pagefind index holds at each position of a page.
 *
 * Pagefind splits its index into chunks of about 20,000 positions, sorted by
 * key, and a search downloads the chunk of every key it asks for. Keyed by
 * single search units, a query of six Thai units asked for six keys spread
 * over the alphabet: most of the index. Here the key at a position is the
 * run of up to {@link KEY_SPAN} units that starts there, each unit's code
 * ending in `z`. A query of that many units or fewer is then one prefix
 * search: every position whose run starts with the query's units, all in one
 * alphabetical range of keys, so one or two chunks. A longer query asks for
 * the exact phrase of its consecutive spans.
 *
 * Unit codes are short, since a chunk holds about 10,000 such keys: the 30
 * commonest Thai characters are one letter or digit each, other Thai characters
 * `x`, `y` or `v` and one more; a digit `u` and itself, an ASCII letter `w` and
 * itself, any other character `w0` and four hex digits; a gap `uu`; then `z`
 * ends the unit. No character's code starts another's and none starts with `z`,
 * so no unit's code is the start of another's: a query's codes are a prefix of
 * a key exactly when the page's units there are the query's units.
 * This file runs in the browser too: keep it small and dependency-free.
 */
import { GAP_KEY, splitSearchUnits } from './search-units';

/** Units in one key: queries up to this long are one prefix search. */
export const KEY_SPAN = 8;

/**
 * Every record starts with a title region: the title's span keys at even
 * positions, {@link PAD_KEY} at the others and after the title, then the page
 * text from {@link CONTENT_START} on. A prefix search finds the title and the
 * text in the same alphabetical range of keys, and a match before
 * CONTENT_START says "in the title". The pads keep a phrase (a long query)
 * from ever matching in the title region. The title is the page's h1, which
 * the text holds too, so a page never matches by its title alone.
 */
export const TITLE_SLOTS = 48;
export const CONTENT_START = 2 * TITLE_SLOTS;
/** Key of an empty title slot; no unit code starts with `x`. */
export const PAD_KEY = 'x';

// The commonest Thai characters in agency text, most common first: one symbol each.
const COMMON_THAI = 'รานกอง้่บัมเยละตปวดจีทิแคสหชุื';
const SINGLE = 'abcdefghijklmnopqrst0123456789';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const SINGLE_OF = new Map([...COMMON_THAI].map((char, i) => [char, SINGLE[i]!]));

function encodeChar(char: string): string {
  const single = SINGLE_OF.get(char);
  if (single) return single;
  const c = char.codePointAt(0)!;
  const thai = c - 0x0e00;
  if (thai >= 0 && thai < 108) return 'xyv'[Math.floor(thai / 36)]! + BASE36[thai % 36]!;
  if (c >= 48 && c <= 57) return `u${char}`;
  if (c >= 97 && c <= 122) return `w${char}`;
  return `w0${c.toString(16).padStart(4, '0').slice(-4)}`;
}

/** The code of one unit key (see search-units.ts), ending in `z`. */
export function encodeUnit(key: string): string {
  if (key === GAP_KEY) return 'uuz';
  // A Thai key is `9` and two letters per character (search-units.ts): back to the characters.
  const text = key.startsWith('9')
    ? (key.slice(1).match(/../g) ?? []).map((pair) => String.fromCharCode(0x0e00 + (pair.charCodeAt(0) - 97) * 26 + pair.charCodeAt(1) - 97)).join('')
    : key;
  let code = '';
  for (const char of text) code += encodeChar(char);
  return `${code}z`;
}

/** The key at every position: the codes of the units from there on, at most {@link KEY_SPAN}. */
export function spanKeys(codes: readonly string[]): string[] {
  return codes.map((_, i) => codes.slice(i, i + KEY_SPAN).join(''));
}

/** The title region's keys (see {@link TITLE_SLOTS}) for the title's unit codes. */
export function titleRegionKeys(codes: readonly string[]): string[] {
  const spans = spanKeys(codes);
  return Array.from({ length: CONTENT_START }, (_, i) => (i % 2 === 0 ? spans[i / 2] : undefined) ?? PAD_KEY);
}

/** A query as Pagefind terms. */
export interface QueryTerms {
  /** Units in the query (gaps inside it included). */
  units: number;
  /** True when the query is one prefix term, false when an exact phrase of spans. */
  prefix: boolean;
  /** The term that finds the pages. */
  content: string;
  /** For a phrase: its spans without quotes, for Pagefind's scores and title matches. */
  ranking: string;
}

/** The unit keys of what a reader typed, without spaces and punctuation at either end. */
export function toQueryKeys(typed: string): string[] {
  const keys = splitSearchUnits(typed.replace(/["\u200b]/gu, '')).map((u) => u.key);
  while (keys[0] === GAP_KEY) keys.shift();
  while (keys.at(-1) === GAP_KEY) keys.pop();
  return keys;
}

/** The Pagefind terms for what a reader typed; null when nothing searchable was typed. */
export function toQueryTerms(typed: string): QueryTerms | null {
  const keys = toQueryKeys(typed);
  if (!keys.length) return null;
  const codes = keys.map(encodeUnit);
  if (codes.length <= KEY_SPAN) return { units: keys.length, prefix: true, content: codes.join(''), ranking: codes.join('') };
  const spans = spanKeys(codes).slice(0, codes.length - KEY_SPAN + 1);
  return { units: keys.length, prefix: false, content: `"${spans.join(' ')}"`, ranking: spans.join(' ') };
}
