/**
 * Thai word segmentation. Thai is written without spaces between words, and some
 * renderers (satori for social cards) cannot find break points in it on their own.
 */

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });

const THAI_LETTER = /[\u0e01-\u0e4f]/u;
const THAI_DIGIT = /[\u0e50-\u0e59]/u;
// Leading vowels are typed before the consonant they are spoken after, so a break after one
// would strand it; ะ า ำ ๅ ๆ ฯ and combining marks belong to what precedes them.
const LEADING_VOWEL = /[\u0e40-\u0e44]$/u;
const ATTACHED_AFTER = /^[\u0e2f\u0e30\u0e32\u0e33\u0e45\u0e46\p{M}]/u;

/** The words of a text (Intl.Segmenter 'th'), without spaces and punctuation. */
export function segmentThaiWords(text: string): string[] {
  return [...wordSegmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

function isThaiLetter(char: string): boolean {
  return THAI_LETTER.test(char) && !THAI_DIGIT.test(char);
}

function collectGraphemeStarts(text: string): Set<number> {
  return new Set([...graphemeSegmenter.segment(text)].map((part) => part.index));
}

/**
 * Puts `separator` (default ZERO WIDTH SPACE) at each boundary between two Thai words,
 * so a renderer that cannot break Thai breaks between words. Nothing is inserted inside
 * Latin words or numbers, next to spaces or punctuation, or inside a grapheme cluster;
 * removing every separator gives back the original text.
 */
export function insertWordBreaks(text: string, separator = '\u200B'): string {
  const segments = [...wordSegmenter.segment(text)];
  const graphemeStarts = collectGraphemeStarts(text);
  let result = '';
  segments.forEach((part, index) => {
    const previous = segments[index - 1];
    if (previous && shouldBreakBetween(previous, part, graphemeStarts)) result += separator;
    result += part.segment;
  });
  return result;
}

function shouldBreakBetween(
  previous: Intl.SegmentData,
  next: Intl.SegmentData,
  graphemeStarts: ReadonlySet<number>,
): boolean {
  if (!previous.isWordLike || !next.isWordLike) return false;
  const before = previous.segment.at(-1) ?? '';
  const after = next.segment.charAt(0);
  return (
    isThaiLetter(before) &&
    isThaiLetter(after) &&
    graphemeStarts.has(next.index) &&
    !LEADING_VOWEL.test(before) &&
    !ATTACHED_AFTER.test(next.segment)
  );
}
