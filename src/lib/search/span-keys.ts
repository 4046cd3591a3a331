/**
 * Span keys: what the Pagefind index holds at each position of a page.
 *
 * A search downloads, for every word it names, all of that word's positions on
 * the site (in index chunks, see build/search/rechunk-index.ts). Keyed by single
 * search units (search-units.ts), a query of six Thai units named six of the
 * commonest words there are (ง, บ, ร, า…): a fifth of the whole index at the
 * typical size, half of it at ten years. Here the key at a position is the run of
 * {@link KEY_SPAN} units that starts there, each unit coded so that no code is the
 * start of another's. A query of up to KEY_SPAN units is one prefix term (every
 * key that starts with its codes); a longer one is the exact phrase of its
 * consecutive spans — each a rare word, so few positions to download.
 * The title's units are keyed the same way after the text, behind
 * {@link TITLE_SPAN_START}, and never run into the text's spans.
 * This file runs in the browser too: keep it small and dependency-free.
 */
import { GAP_KEY, TITLE_KEY_PREFIX } from './search-units';

/** Units in one key. Two halves the index positions a query downloads against one; longer spans grow the index. */
export const KEY_SPAN = 2;

/** First letter of title keys; no unit code starts with it. */
export const TITLE_SPAN_START = 'z';

// The commonest Thai characters in agency text, most common first: one symbol each (shorter keys, smaller index).
const COMMON_THAI = 'รานกอง้่บัมเยละตปวดจีทิแคสหชุื';
const SINGLE = 'abcdefghijklmnopqrst0123456789';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const SINGLE_OF = new Map([...COMMON_THAI].map((char, i) => [char, SINGLE[i]!]));

// Every character's code is one of: a single symbol [a-t0-9], x/y/v + one base-36 symbol (other Thai),
// u + digit, w + letter, w0 + four hex digits. A unit's code ends in `z`, which starts none of them.
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
    ? (key.slice(1).match(/../g) ?? [])
        .map((pair) => String.fromCharCode(0x0e00 + (pair.charCodeAt(0) - 97) * 26 + pair.charCodeAt(1) - 97))
        .join('')
    : key;
  let code = '';
  for (const char of text) code += encodeChar(char);
  return `${code}z`;
}

/** The key at every position: the codes of the units from there on, at most {@link KEY_SPAN}. */
export function spanKeys(codes: readonly string[], prefix = ''): string[] {
  return codes.map((_, i) => prefix + codes.slice(i, i + KEY_SPAN).join(''));
}

const isMarker = (word: string) => word.startsWith('___');

/**
 * A record's words (unit keys, title keys behind TITLE_KEY_PREFIX, Pagefind's
 * weight markers) as span keys, position for position; markers stay where they are.
 */
export function toSpanWords(words: readonly string[]): string[] {
  const text = words.filter((w) => !isMarker(w) && !w.startsWith(TITLE_KEY_PREFIX)).map(encodeUnit);
  const title = words.filter((w) => w.startsWith(TITLE_KEY_PREFIX)).map((w) => encodeUnit(w.slice(2)));
  const keys = [...spanKeys(text), ...spanKeys(title, TITLE_SPAN_START)];
  let at = 0;
  return words.map((w) => (isMarker(w) ? w : keys[at++]!));
}

/** A query as Pagefind terms. */
export interface QueryTerms {
  /** Units in the query (gaps inside it included). */
  units: number;
  /** True when the query is one prefix term, false when a phrase of spans. */
  prefix: boolean;
  /** The term that finds the pages: the prefix term, or the exact phrase of every span (what Pagefind would be asked). */
  content: string;
  /** The same in the title. */
  title: string;
  /** For a phrase: the fewest spans that cover its units in the text (see {@link coverPhrase}); null for a prefix term. */
  cover: PhraseCover | null;
  /** The same in the title. */
  titleCover: PhraseCover | null;
}

/**
 * Spans that together name every unit of a phrase, each at its offset from the phrase's first unit. A page
 * has the phrase at p exactly when each of these spans stands at p + its offset: the spans between them are
 * made of the same units. Every span a search names is downloaded with all its positions, and the spans of a
 * common word are each about as frequent as the word: spans side by side, not overlapping, download about
 * half of what the whole phrase of spans does.
 */
export interface PhraseCover {
  spans: string[];
  offsets: number[];
}

/** Side by side from the first unit; the last span ends at the last unit (overlapping its neighbour if need be). */
export function coverPhrase(codes: readonly string[], prefix = ''): PhraseCover | null {
  if (codes.length <= KEY_SPAN) return null;
  const offsets: number[] = [];
  for (let at = 0; at + KEY_SPAN < codes.length; at += KEY_SPAN) offsets.push(at);
  offsets.push(codes.length - KEY_SPAN);
  return { spans: offsets.map((at) => prefix + codes.slice(at, at + KEY_SPAN).join('')), offsets };
}

/** One term (a prefix) or the exact phrase of the spans. */
function termOf(codes: readonly string[], prefix = ''): string {
  if (codes.length <= KEY_SPAN) return prefix + codes.join('');
  return `"${spanKeys(codes, prefix)
    .slice(0, codes.length - KEY_SPAN + 1)
    .join(' ')}"`;
}

/** The Pagefind terms for a query's unit keys (see toQueryKeys); null when there are none. */
export function toQueryTerms(keys: readonly string[]): QueryTerms | null {
  if (!keys.length) return null;
  const codes = keys.map(encodeUnit);
  const titleCodes = keys.filter((k) => k !== GAP_KEY).map(encodeUnit);
  return {
    units: keys.length,
    prefix: codes.length <= KEY_SPAN,
    content: termOf(codes),
    title: termOf(titleCodes, TITLE_SPAN_START),
    cover: coverPhrase(codes),
    titleCover: coverPhrase(titleCodes, TITLE_SPAN_START),
  };
}
