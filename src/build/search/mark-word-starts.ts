/**
 * Carries the build's Thai word breaks into the search index's stored text, so
 * search results can break lines between words as the pages do (see
 * lib/search/result-words.ts). The breaks are the ones the pages get
 * (lib/thai/word-breaks.ts, the same dictionary); only the stored text shown in
 * results gets the marks, never the keys a search matches.
 */
import { WORD_START } from '@/lib/search/result-words';
import { loadThaiDictionary, type ThaiDictionary } from '@/lib/thai/thai-dictionary';
import { THAI_RUN, findThaiBreaks } from '@/lib/thai/word-breaks';

/** Offsets in `text` where a Thai word may start a new line. */
function breakOffsets(text: string, dictionary: ThaiDictionary): Set<number> {
  const offsets = new Set<number>();
  for (const run of text.matchAll(THAI_RUN))
    for (const at of findThaiBreaks(run[0], dictionary)) offsets.add(run.index + at);
  return offsets;
}

/** The pieces of a page's stored text (one per index position), a word-start mark before each that starts a word. */
export function markWordStarts(pieces: readonly string[], dictionary = loadThaiDictionary()): string[] {
  const offsets = breakOffsets(pieces.join(''), dictionary);
  let at = 0;
  return pieces.map((piece) => {
    const marked = piece && offsets.has(at) ? WORD_START + piece : piece;
    at += piece.length;
    return marked;
  });
}

/** A title with a word-start mark at each place a line may break. */
export function markTitleWordStarts(title: string, dictionary = loadThaiDictionary()): string {
  return markWordStarts([...title], dictionary).join('');
}
