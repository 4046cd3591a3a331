/**
 * Thai line breaks in search results, as on the pages (build/thai-breaks/):
 * each Thai word (or number with its dots) in a `<th-w>` that does not wrap, a
 * `<wbr>` where the next word starts. The build cannot mark the results' HTML,
 * which the search page assembles from the index, so the index's stored text
 * carries the build's word starts as {@link WORD_START} (an invisible character,
 * never in what is searched: the index keys are made from the page text alone)
 * and the search page turns them into elements here. Runs in the browser.
 */

/** Put before a word's first character in the stored text where a line may break (INVISIBLE SEPARATOR). */
export const WORD_START = '\u2063';

/** Text without the word-start marks, for Node searches and plain uses of a title. */
export const stripWordStarts = (text: string): string => text.replaceAll(WORD_START, '');

const WORD_CHAR = /[\u0e01-\u0e5b0-9]/u;
const DIGIT = /[0-9\u0e50-\u0e59]/u;
const NUMBER_SEPARATOR = /^[.,:/]$/u;
const ASCII_DIGIT = /^[0-9]$/u;
const LATIN_OR_DIGIT = /^[A-Za-z0-9]$/u;
// Tags and entities are kept whole; the rest is taken a character at a time.
const TOKENS = /<[^>]*>|&[#\w]+;|[\s\S]/gu;

/** HTML of an excerpt or title (text, entities and `<mark>`) with its Thai words kept whole and breaks between them. */
export function markResultWords(html: string): string {
  const tokens = html.match(TOKENS) ?? [];
  let out = '';
  let inWord = false;
  let inMark = false;
  let markShown = false;
  const showMark = (want: boolean) => {
    if (markShown !== want) out += want ? '<mark>' : '</mark>';
    markShown = want;
  };
  // A <mark> never straddles a word's edge: it is closed before the word ends and opened again after.
  const closeWord = () => {
    if (!inWord) return;
    showMark(false);
    out += '</th-w>';
    inWord = false;
  };
  tokens.forEach((token, i) => {
    if (token === '<mark>' || token === '</mark>') {
      inMark = token === '<mark>';
      return;
    }
    if (token === WORD_START) {
      if (inWord) {
        closeWord();
        out += '<wbr>';
      }
      return;
    }
    const joinsNumber =
      inWord && NUMBER_SEPARATOR.test(token) && DIGIT.test(tokens[i - 1] ?? '') && DIGIT.test(tokens[i + 1] ?? '');
    // Digits right after Latin letters belong to a code such as O6 or ISO9001, which the pages leave as it is.
    const inLatinCode = !inWord && ASCII_DIGIT.test(token) && LATIN_OR_DIGIT.test(tokens[i - 1] ?? '');
    if ((WORD_CHAR.test(token) && !inLatinCode) || joinsNumber) {
      if (!inWord) {
        showMark(false);
        out += '<th-w>';
        inWord = true;
      }
    } else closeWord();
    showMark(inMark);
    out += token;
  });
  closeWord();
  showMark(false);
  return out;
}
