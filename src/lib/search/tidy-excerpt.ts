/**
 * Pagefind cuts an excerpt a fixed number of index positions around the match.
 * Our positions are parts of Thai words, so a cut excerpt may begin or end in
 * the middle of a word ("…ดทำแผน"). This drops the broken word at a cut end
 * (one marked "…"), using the browser's Thai word breaker, never touching
 * the marked text. Runs in the browser.
 */
const words = new Intl.Segmenter('th', { granularity: 'word' });

function segmentStarts(text: string): number[] {
  return [...words.segment(text)].map((s) => s.index);
}

/** Excerpt HTML from Pagefind (text plus `<mark>`), with broken words at cut ends removed. */
export function tidyExcerpt(html: string, ellipsis = '…'): string {
  let result = html;
  const firstMark = result.indexOf('<mark>');
  if (result.startsWith(ellipsis) && firstMark > ellipsis.length) {
    const head = result.slice(ellipsis.length, firstMark);
    const starts = segmentStarts(head);
    if (!head.includes('&') && starts.length > 1 && !/^\s/u.test(head)) {
      result = ellipsis + head.slice(starts[1]) + result.slice(firstMark);
    }
  }
  const lastMarkEnd = result.lastIndexOf('</mark>') + '</mark>'.length;
  if (result.endsWith(ellipsis) && lastMarkEnd >= '</mark>'.length && lastMarkEnd < result.length - ellipsis.length) {
    const tail = result.slice(lastMarkEnd, result.length - ellipsis.length);
    const starts = segmentStarts(tail);
    if (!tail.includes('&') && starts.length > 1 && !/\s$/u.test(tail)) {
      result = result.slice(0, lastMarkEnd) + tail.slice(0, starts.at(-1)) + ellipsis;
    }
  }
  return result;
}
