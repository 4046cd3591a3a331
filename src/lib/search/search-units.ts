/**
 * Search units: the pieces the Pagefind index is made of and a query is cut into.
 *
 * Thai has no spaces, and a word the reader sees may sit inside a longer compound
 * ("งบประมาณ" in "ปีงบประมาณ"). Dictionary segmenters disagree between the build
 * (Node) and the reader's browser, so the index does not use words at all: it uses
 * the smallest pieces a Thai word can start or end at (a character with its marks,
 * a leading vowel with what follows it, ะ า ำ with what precedes them). These rules
 * look only at two neighbouring characters, so a query cut on its own is cut exactly
 * as the same letters are cut on a page, and a query searched as an exact phrase of
 * units finds every page whose text contains it — compounds included.
 *
 * Each unit carries a `key` (what Pagefind indexes) and the page's own `text` (what
 * the excerpt shows). Keys are plain ASCII so Pagefind cannot fold them: tone marks
 * stay distinct (ซื่อ ≠ ซื้อ) and Thai digits are keyed as Arabic digits (๒๕๖๘ = 2568).
 * This file runs in the browser too: keep it small and dependency-free.
 */

/** One indexable piece of text. */
export interface SearchUnit {
  /** What goes into the index: Thai as `9` + two letters per character, Latin lower-cased, digits Arabic; {@link GAP_KEY} for a gap. */
  key: string;
  /** The page's own characters for this unit. */
  text: string;
}

/**
 * Key of a gap: a run of spaces or punctuation, or the break between two blocks
 * of a page. Gaps are units of their own so that an excerpt's `<mark>` covers a
 * word's characters and nothing else; any gap matches any gap.
 */
export const GAP_KEY = '9z';

type CharClass = 'thai' | 'digit' | 'latin' | 'gap';

const THAI_DIGIT_ZERO = 0x0e50;
// Marks sit on the character before them; ะ า ำ ๅ ๆ ฯ never start a Thai word.
const ATTACHES_TO_PREVIOUS = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e30\u0e32\u0e33\u0e45\u0e46\u0e2f]/u;
// เ แ โ ใ ไ are written before the consonant they belong to, so they never end a unit.
const LEADING_VOWEL = /[\u0e40-\u0e44]/u;
const THAI_LETTER = /[\u0e01-\u0e3a\u0e40-\u0e4e]/u;
const LATIN_LETTER = /[\p{L}\p{M}]/u;

function classify(char: string): CharClass {
  if (/[0-9\u0e50-\u0e59]/u.test(char)) return 'digit';
  if (THAI_LETTER.test(char)) return 'thai';
  if (LATIN_LETTER.test(char)) return 'latin';
  return 'gap';
}

function keyThai(text: string): string {
  let key = '9';
  for (const char of text) {
    const offset = char.codePointAt(0)! - 0x0e00;
    key += String.fromCharCode(97 + Math.floor(offset / 26), 97 + (offset % 26));
  }
  return key;
}

function keyOf(kind: CharClass, text: string): string {
  if (kind === 'gap') return GAP_KEY;
  if (kind === 'thai') return keyThai(text);
  if (kind === 'digit') return text.replace(/[\u0e50-\u0e59]/gu, (d) => String(d.charCodeAt(0) - THAI_DIGIT_ZERO));
  return text.normalize('NFC').toLowerCase();
}

function continuesUnit(kind: CharClass, previousKind: CharClass, previousChar: string, char: string): boolean {
  if (kind !== previousKind) return false;
  if (kind !== 'thai') return true;
  return ATTACHES_TO_PREVIOUS.test(char) || LEADING_VOWEL.test(previousChar);
}

/** Cuts text into search units; joining every unit's `text` gives back the input exactly. */
export function splitSearchUnits(text: string): SearchUnit[] {
  const units: { kind: CharClass; text: string }[] = [];
  let previousChar = '';
  for (const char of text) {
    const kind = classify(char);
    const current = units.at(-1);
    if (current && continuesUnit(kind, current.kind, previousChar, char)) current.text += char;
    else units.push({ kind, text: char });
    previousChar = char;
  }
  return units.map((u) => ({ key: keyOf(u.kind, u.text), text: u.text }));
}

/**
 * Prefix of the keys a page's title is indexed under a second time, after its
 * text, so a search can tell which pages say the query in their title. No unit
 * key starts with a digit followed by a letter, so these never meet a query unit.
 */
export const TITLE_KEY_PREFIX = '0t';

/** The unit keys of what a reader typed, without spaces and punctuation at either end. */
export function toQueryKeys(typed: string): string[] {
  const keys = splitSearchUnits(typed.replace(/["\u200b]/gu, '')).map((u) => u.key);
  while (keys[0] === GAP_KEY) keys.shift();
  while (keys.at(-1) === GAP_KEY) keys.pop();
  return keys;
}

/**
 * The Pagefind query for what a reader typed: its units as one exact phrase, so the
 * units must stand next to each other on the page. Empty when nothing searchable was typed.
 */
export function toPagefindQuery(typed: string): string {
  const keys = toQueryKeys(typed);
  return keys.length ? `"${keys.join(' ')}"` : '';
}
