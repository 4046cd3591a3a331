/**
 * Turns a page's visible text into what Pagefind indexes (unit keys) and, word
 * for word, what the search excerpt shows (the page's own text), so the two
 * line up exactly and every `<mark>` falls on the page's own characters.
 */
import { GAP_KEY, TITLE_KEY_PREFIX, splitSearchUnits } from '@/lib/search/search-units';
import type { TextBlock } from './extract-page';

/** A page as Pagefind indexes it and as its excerpts show it. */
export interface SearchRecordText {
  /** Space-separated unit keys, with Pagefind's weight markers around headings. */
  indexed: string;
  /** One entry per indexed position: the page's own text at that position. */
  shown: string[];
}

const WEIGHT_START = '___PAGEFIND_WEIGHT___';
const WEIGHT_END = '___END_PAGEFIND_WEIGHT___';

/**
 * Builds the indexed keys and the shown text of a page's blocks, position by
 * position, then the title's units again as title keys (shown as nothing), which
 * the search uses to put pages that say the query in their title first.
 */
export function buildSearchRecordText(blocks: readonly TextBlock[], title = ''): SearchRecordText {
  const indexed: string[] = [];
  const shown: string[] = [];
  let lastIsGap = false;
  const addGap = (text: string) => {
    // One gap between two words, however many spaces, marks or block ends stand there.
    if (lastIsGap) shown[shown.length - 1] += text;
    else {
      indexed.push(GAP_KEY);
      shown.push(text);
    }
    lastIsGap = true;
  };
  for (const block of blocks) {
    const units = splitSearchUnits(block.text);
    if (!units.some((u) => u.key !== GAP_KEY)) continue;
    if (shown.length) addGap(' ');
    const weighted = block.weight !== 1;
    if (weighted) indexed.push(`${WEIGHT_START}${block.weight}`);
    for (const unit of units) {
      if (unit.key === GAP_KEY) addGap(unit.text);
      else {
        indexed.push(unit.key);
        shown.push(unit.text);
        lastIsGap = false;
      }
    }
    if (weighted) indexed.push(WEIGHT_END);
  }
  if (shown.length) {
    for (const unit of splitSearchUnits(title)) {
      if (unit.key === GAP_KEY) continue;
      indexed.push(TITLE_KEY_PREFIX + unit.key);
      shown.push('');
    }
  }
  return { indexed: indexed.join(' '), shown };
}
