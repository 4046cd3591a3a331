/**
 * Reads what a reader sees in a built page's searchable region: the elements
 * marked `data-pagefind-body` (navigation and footer stay outside them), minus
 * anything hidden or marked `data-pagefind-ignore`, as a list of text blocks.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One block of visible text (a heading, paragraph, list item, table cell…). */
export interface TextBlock {
  text: string;
  /** Ranking weight: headings count more, as Pagefind weighs them by default. */
  weight: number;
}

/** The searchable part of one page. */
export interface ExtractedPage {
  /** `<html lang>`, lower-cased; empty when missing. */
  lang: string;
  /** First `<h1>` inside the searchable region, else the `<title>`. */
  title: string;
  blocks: TextBlock[];
  /** `data-*` attributes of `<main>` (page-kind, fiscal-year, issue…), without the `data-` prefix. */
  mainData: Record<string, string>;
  /** `href` of `<link rel="canonical">`, when the page has one. */
  canonical?: string;
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'select',
  'textarea',
  'input',
]);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const HEADING_WEIGHT: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] =>
  isElement(node) && node.tagName === 'template' ? [] : 'childNodes' in node ? node.childNodes : [];

function isHidden(el: Element): boolean {
  return (
    attr(el, 'hidden') !== undefined ||
    attr(el, 'aria-hidden') === 'true' ||
    attr(el, 'data-pagefind-ignore') !== undefined ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, 'style') ?? '')
  );
}

function findAll(node: Node, test: (el: Element) => boolean, found: Element[] = []): Element[] {
  if (isElement(node) && test(node)) {
    found.push(node);
    return found;
  }
  for (const child of childrenOf(node)) findAll(child, test, found);
  return found;
}

/** Collects the visible text of `root` as blocks; whitespace runs become one space. */
function collectBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = '';
  let weight = 1;
  const flush = () => {
    const clean = text.replace(/[\s\u200b]+/gu, (run) => (/\s/u.test(run) ? ' ' : '')).trim();
    if (clean) blocks.push({ text: clean, weight });
    text = '';
  };
  const walk = (node: Node, inherited: number) => {
    if (node.nodeName === '#text') {
      text += (node as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.tagName) || isHidden(node)) return;
    const isBlock = BLOCKS.has(node.tagName);
    const own = HEADING_WEIGHT[node.tagName] ?? inherited;
    if (isBlock) {
      flush();
      weight = own;
    }
    for (const child of childrenOf(node)) walk(child, own);
    if (isBlock) {
      flush();
      weight = inherited;
    }
  };
  walk(root, 1);
  flush();
  return blocks;
}

/** Extracts a page; `null` when it has no `data-pagefind-body` region (not a content page). */
export function extractPage(html: string): ExtractedPage | null {
  const document = parse(html);
  const bodies = findAll(document, (el) => attr(el, 'data-pagefind-body') !== undefined);
  if (!bodies.length) return null;
  const htmlEl = findAll(document, (el) => el.tagName === 'html')[0];
  const main = findAll(document, (el) => el.tagName === 'main')[0];
  const blocks = bodies.flatMap((body) => collectBlocks(body));
  const h1 = bodies.flatMap((body) => findAll(body, (el) => el.tagName === 'h1'))[0];
  const titleEl = findAll(document, (el) => el.tagName === 'title')[0];
  const title = (h1 ? collectBlocks(h1) : titleEl ? collectBlocks(titleEl) : []).map((b) => b.text).join(' ');
  const mainData = Object.fromEntries(
    (main?.attrs ?? []).filter((a) => a.name.startsWith('data-')).map((a) => [a.name.slice(5), a.value]),
  );
  const canonical = findAll(document, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')[0];
  const href = canonical ? attr(canonical, 'href') : undefined;
  return {
    lang: (htmlEl ? (attr(htmlEl, 'lang') ?? '') : '').toLowerCase(),
    title,
    blocks,
    mainData,
    ...(href ? { canonical: href } : {}),
  };
}
