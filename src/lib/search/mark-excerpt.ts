/**
 * Rebuilds a result's excerpt with the whole match marked. Pagefind marks the
 * positions its index matched; with span keys (span-keys.ts) a match at one
 * position stands for the units that follow it too. Pagefind's stored text
 * (`raw_content`, HTML-escaped) holds one position per ZERO WIDTH SPACE-separated
 * piece (build/search/rewrite-fragments.ts); the title keys after the text show
 * nothing and are left out. Runs in the browser.
 */

/** Excerpt HTML: `length` positions from just before the first match, `covers` units from each match in `<mark>`. */
export function markExcerpt(
  raw: string,
  locations: readonly number[],
  covers: number,
  length: number,
  ellipsis: string,
): string {
  const words = raw.split('\u200b');
  while (words.length && words.at(-1) === '') words.pop();
  const inText = locations.filter((at) => at < words.length);
  if (!inText.length) return words.slice(0, length).join('').trim() + (words.length > length ? ellipsis : '');
  const marked = new Set<number>();
  for (const at of inText) for (let i = at; i < at + covers; i++) marked.add(i);
  const first = Math.min(...inText);
  // A little of what comes before the match, as a reader needs it to recognise the place.
  const start = Math.max(0, Math.min(first - Math.floor(length / 6), words.length - length));
  // A match that starts inside the excerpt is shown whole, never cut by its end.
  const cut = start + length;
  const end = Math.min(words.length, Math.max(cut, ...inText.filter((at) => at < cut).map((at) => at + covers)));
  const shown = words
    .slice(start, end)
    .map((word, i) => (marked.has(start + i) && word ? `<mark>${word}</mark>` : word));
  return `${start > 0 ? ellipsis : ''}${shown.join('').trim()}${end < words.length ? ellipsis : ''}`;
}
