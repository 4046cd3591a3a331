/**
 * Cell text from converters arrives with HTML fragments (`<p>`, `<ol>`, `<li>`,
 * `<br>`). Block tags become line breaks so that lists inside a cell survive;
 * every other tag is removed and entities are decoded.
 */

const BLOCK_TAG = /<\/?(?:p|div|br|li|ol|ul|tr|td|th|h[1-6])\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-z][^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the named and numeric character references converters write. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Tidies the spaces of one line: no tabs, no runs of spaces, no zero-width characters. */
export function tidyLine(text: string): string {
  return text
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/[\t\u00a0 ]+/g, ' ')
    .replace(/\*\*/g, '')
    .trim();
}

/** Plain text of an HTML fragment or a plain cell: one line per paragraph, list item or break. */
export function htmlToText(fragment: string): string {
  const withBreaks = fragment.replace(BLOCK_TAG, '\n').replace(ANY_TAG, '');
  return decodeEntities(withBreaks)
    .split(/\r?\n/)
    .map(tidyLine)
    .filter((line) => line.length > 0)
    .join('\n');
}
