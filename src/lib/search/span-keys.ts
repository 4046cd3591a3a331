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
 * Unit codes: a Thai unit is its key's letter pairs (see search-units.ts),
 * a digit `e` + letter, an ASCII letter `f` + letter, any other character `g`
 * + four letters, then `z`; a gap is `yz`. No unit's code is the start of
 * another's (a pair never starts with `z`), so a query's codes are a prefix
 * of a key exactly when the page's units there are the query's units.
 * This file runs in the browser too: keep it small and dependency-free.
 */
import { GAP_KEY, splitSearchUnits } from './search-units';

/** Units in one key: queries up to this long are one prefix search. */
export const KEY_SPAN = 8;

/** First letter of title keys; no content key starts with it. */
export const TITLE_KEY_START = 't';

const letter = (n: number) => String.fromCharCode(97 + n);

/** The code of one unit key (see search-units.ts), ending in `z`. */
export function encodeUnit(key: string): string {
  if (key === GAP_KEY) return 'yz';
  if (key.startsWith('9')) return `${key.slice(1)}z`;
  let code = '';
  for (const char of key) {
    const c = char.codePointAt(0)!;
    if (c >= 48 && c <= 57) code += `e${letter(c - 48)}`;
    else if (c >= 97 && c <= 122) code += `f${char}`;
    else code += `g${[12, 8, 4, 0].map((shift) => letter((c >> shift) & 15)).join('')}`;
  }
  return `${code}z`;
}

/** The key at every position: the codes of the units from there on, at most {@link KEY_SPAN}. */
export function spanKeys(codes: readonly string[], start = ''): string[] {
  return codes.map((_, i) => start + codes.slice(i, i + KEY_SPAN).join(''));
}

/** A query as Pagefind terms. */
export interface QueryTerms {
  /** Units in the query (gaps inside it included). */
  units: number;
  /** True when the query is one prefix term, false when an exact phrase of spans. */
  prefix: boolean;
  /** The term for the page text. */
  content: string;
  /** The same for page titles (titles are keyed without gaps). */
  title: string;
  /** The spans without quotes: Pagefind's own ranking for a phrase query. */
  ranking: string;
}

function termOf(codes: readonly string[], start: string): { term: string; ranking: string } {
  if (codes.length <= KEY_SPAN) return { term: start + codes.join(''), ranking: start + codes.join('') };
  const spans = spanKeys(codes, start).slice(0, codes.length - KEY_SPAN + 1);
  return { term: `"${spans.join(' ')}"`, ranking: spans.join(' ') };
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
  const content = termOf(keys.map(encodeUnit), '');
  const title = termOf(keys.filter((k) => k !== GAP_KEY).map(encodeUnit), TITLE_KEY_START);
  return { units: keys.length, prefix: keys.length <= KEY_SPAN, content: content.term, title: title.term, ranking: content.ranking };
}
