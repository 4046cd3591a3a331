/**
 * Rebuilds a result's excerpt with the whole match marked. Pagefind marks the
 * positions its index matched; with span keys (span-keys.ts) a match at one
 * position stands for the units that follow it too. Pagefind's stored text
 * (`raw_content`, HTML-escaped) holds one position per ZERO WIDTH SPACE-separated
 * piece (rewrite-fragments.ts), the title region first (shown as nothing, and
 * left out here). Runs in the browser.
 */
import { CONTENT_START, KEY_SPAN } from './span-keys';

/** Excerpt HTML: `length` positions from just before the first match, every matched unit in `<mark>`. */
export function markExcerpt(raw: string, locations: readonly number[], units: number, length: number, ellipsis: string): string {
  const words = raw.split('\u200b').slice(CONTENT_START);
  const inText = locations.map((at) => at - CONTENT_START).filter((at) => at >= 0);
  if (!inText.length) return words.slice(0, length).join('').trim() + (words.length > length ? ellipsis : '');
  // A prefix match covers the query's units; a phrase match covers one span per matched position.
  const span = Math.min(units, KEY_SPAN);
  const marked = new Set<number>();
  for (const at of inText) for (let i = at; i < at + span; i++) marked.add(i);
  const first = Math.min(...inText);
  // A little of what comes before the match, as a reader needs it to recognise the place.
  const start = Math.max(0, Math.min(first - Math.floor(length / 6), words.length - length));
  const end = Math.min(words.length, start + length);
  const shown = words.slice(start, end).map((word, i) => (marked.has(start + i) && word ? `<mark>${word}</mark>` : word));
  return `${start > 0 ? ellipsis : ''}${shown.join('').trim()}${end < words.length ? ellipsis : ''}`;
}
