import type { Page } from 'playwright-core';
import { findThaiBreaks, THAI_RUN } from '@/lib/thai/word-breaks';

/** One place where the browser wrapped a line: the text of the block it is in and the offset of the first character on the new line. */
export interface LineBreak {
  text: string;
  offset: number;
}

/**
 * Every line break the browser made in the page's body text, found from the
 * boxes of the characters themselves (a character that sits lower than the one
 * before it in the same block starts a new line).
 */
export function collectLineBreaks(page: Page): Promise<LineBreak[]> {
  return page.evaluate(COLLECT_LINE_BREAKS) as Promise<LineBreak[]>;
}

// Plain JavaScript, not a function: the test runner's TypeScript transform would add helpers the page lacks.
const COLLECT_LINE_BREAKS = `(() => {
  const blocks = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.textContent || '';
    if (node.parentElement.closest('script, style, [hidden], .visually-hidden, svg')) continue;
    let block = node.parentElement;
    while (block.parentElement && getComputedStyle(block).display === 'inline') block = block.parentElement;
    // Text hidden in a 1-pixel clip for screen readers (a stacked table's header row) wraps at every letter, unseen.
    let hidden = false;
    for (let el = block; el && !hidden; el = el.parentElement) hidden = el.getBoundingClientRect().width <= 1;
    if (hidden) continue;
    if (!blocks.has(block)) blocks.set(block, { text: '', tops: [] });
    const entry = blocks.get(block);
    // A space between two words' elements is a text node of its own, and a place where a line may break.
    if (!value.trim()) {
      entry.text += value;
      continue;
    }
    for (let i = 0; i < value.length; i++) {
      // Spaces and Thai marks have no box of their own on the line.
      if (/\\s/.test(value[i]) || /[\\u0e31\\u0e34-\\u0e3a\\u0e47-\\u0e4e]/.test(value[i])) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (rect && rect.height > 0) entry.tops.push({ offset: entry.text.length + i, top: rect.top, height: rect.height });
    }
    entry.text += value;
  }
  const breaks = [];
  for (const { text, tops } of blocks.values()) {
    for (let i = 1; i < tops.length; i++) {
      if (tops[i].top > tops[i - 1].top + tops[i - 1].height / 2) breaks.push({ text, offset: tops[i].offset });
    }
  }
  return breaks;
})()`;

const NUMBER = /[0-9\u0e50-\u0e59]+(?:[.,:/][0-9\u0e50-\u0e59]+)+/gu;

/**
 * The breaks that fall inside a word: inside a run of Thai letters where the
 * dictionary does not place a word end on every best segmentation (see
 * src/lib/thai/word-breaks.ts), or inside a number with its dots. Each comes as
 * the text around it with ⏎ where the line broke.
 */
export function findBreaksInsideWords(breaks: LineBreak[]): string[] {
  const bad: string[] = [];
  for (const { text, offset } of breaks) {
    // Skip the spaces a line ends with: the break is at the first letter of the new line.
    let at = offset;
    while (at > 0 && /\s/.test(text[at - 1]!)) at--;
    if (at !== offset) continue; // broke at a space
    const inside = (pattern: RegExp, allowed: (run: string, within: number) => boolean): boolean =>
      [...text.matchAll(pattern)].some(
        (m) => m.index < at && at < m.index + m[0].length && !allowed(m[0], at - m.index),
      );
    const midThai = inside(new RegExp(THAI_RUN.source, 'gu'), (run, within) => findThaiBreaks(run).includes(within));
    const midNumber = inside(NUMBER, () => false);
    if (midThai || midNumber) bad.push(`${text.slice(Math.max(0, at - 12), at)}⏎${text.slice(at, at + 12)}`);
  }
  return bad;
}
