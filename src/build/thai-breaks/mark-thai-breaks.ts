import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { loadThaiDictionary, type ThaiDictionary } from '@/lib/thai/thai-dictionary';
import { findClusterEnds, findThaiBreaks, THAI_RUN } from '@/lib/thai/word-breaks';

/**
 * Marks where Thai text may wrap, in a built page. Each Thai word of more than
 * syllable is kept on one line (`<th-w>`, a custom element that global.css sets
 * to white-space: nowrap, so the browser's own dictionary cannot cut it; an element
 * name of its own is 9 bytes shorter per word than a classed span) and a `<wbr>` between words gives
 * the break it may take. Numbers with their dots or commas (๑๐.๑, 1,250.50) are
 * kept whole the same way. Only elements and no characters are added, so copying
 * the text, finding it in the page and the search index see the words unchanged.
 */

type Node = DefaultTreeAdapterMap['node'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** The no-wrap word element; src/styles/global.css gives it white-space: nowrap. */
export const WORD_ELEMENT = 'th-w';
const OPEN = `<${WORD_ELEMENT}>`;
const CLOSE = `</${WORD_ELEMENT}>`;
const WBR = '<wbr>';

/** Text in these is not laid out as running text, or may hold no elements. */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'title',
  'textarea',
  'option',
  'select',
  'pre',
  'code',
  'kbd',
  'samp',
  'svg',
  'math',
  'template',
  'noscript',
  'iframe',
]);

/** A number with separators inside (Thai or Arabic digits): ๑๐.๑, 2,500.50, ๑/๒๕๖๘. */
const NUMBER = /[0-9\u0e50-\u0e59]+(?:[.,:/][0-9\u0e50-\u0e59]+)+/gu;
const PIECES = new RegExp(`${THAI_RUN.source}|${NUMBER.source}`, 'gu');
const HAS_PIECE = new RegExp(PIECES.source, 'u');

const escapeText = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');

/** A piece a browser could cut: a number, or Thai of more than one syllable-cluster (ปี, ใน cannot be cut). */
function canBeCut(word: string): boolean {
  if (!/[\u0e01-\u0e4f]/u.test(word)) return word.length > 1;
  return findClusterEnds(word).slice(1, -1).some(Boolean);
}

const wrap = (word: string): string => (canBeCut(word) ? `${OPEN}${escapeText(word)}${CLOSE}` : escapeText(word));

/**
 * A counting word and its number (ปี ๒๕๖๙, พ.ศ. ๒๕๖๘, รอบ ๖, ที่ ๓, ข้อ ๑๐.๑): kept on one line, so a heading
 * never ends on a lone ปี with the year below. Only where the word starts a word of its own (after a break mark,
 * a space or an opening bracket), never the ที่ at the end of หน้าที่.
 */
const COUNTED =
  /(^|<wbr>|\s|\()((?:<th-w>)?(?:ปี|พ\.ศ\.|รอบ|ที่|ข้อ)(?:<\/th-w>)?)( |&nbsp;)((?:<th-w>)?[0-9\u0e50-\u0e59][^<\s]*(?:<\/th-w>)?)/gu;
const unwrap = (marked: string): string => marked.replace(/<\/?th-w>/g, '');

/** The marked-up HTML for one text node's text. */
export function markTextBreaks(text: string, dictionary: ThaiDictionary = loadThaiDictionary()): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PIECES)) {
    const piece = match[0];
    out += escapeText(text.slice(last, match.index));
    last = match.index + piece.length;
    if (!/[\u0e01-\u0e4f]/u.test(piece)) {
      out += wrap(piece);
      continue;
    }
    let start = 0;
    for (const offset of [...findThaiBreaks(piece, dictionary), piece.length]) {
      if (start > 0) out += WBR;
      out += wrap(piece.slice(start, offset));
      start = offset;
    }
  }
  out += escapeText(text.slice(last));
  return out.replace(
    COUNTED,
    (_, before: string, word: string, space: string, number: string) =>
      `${before}${OPEN}${unwrap(word)}${space}${unwrap(number)}${CLOSE}`,
  );
}

function collectTextNodes(node: Node, found: TextNode[]): TextNode[] {
  if (node.nodeName === '#text') {
    found.push(node as TextNode);
    return found;
  }
  if ('tagName' in node && SKIPPED.has(node.tagName)) return found;
  if ('childNodes' in node) for (const child of node.childNodes) collectTextNodes(child, found);
  return found;
}

/** `html` with break marks in every text node that holds Thai or a separated number; untouched otherwise. */
export function markThaiBreaks(html: string, dictionary: ThaiDictionary = loadThaiDictionary()): string {
  if (!/[\u0e01-\u0e59]/u.test(html)) return html;
  const document = parse(html, { sourceCodeLocationInfo: true });
  const nodes = collectTextNodes(document, []).filter((n) => n.sourceCodeLocation && HAS_PIECE.test(n.value));
  let out = '';
  let last = 0;
  for (const node of nodes) {
    const { startOffset, endOffset } = node.sourceCodeLocation!;
    out += html.slice(last, startOffset) + markTextBreaks(node.value, dictionary);
    last = endOffset;
  }
  return out + html.slice(last);
}

/** `html` without the break marks: the page as Astro wrote it (for tests and checks that read words in the HTML). */
export function stripThaiBreaks(html: string): string {
  return html.replace(/<\/?th-w>|<wbr>/g, '');
}
