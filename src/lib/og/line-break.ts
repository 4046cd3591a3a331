/** What breaking a title into card lines needs to know. */
export interface BreakOptions {
  /** Widest a line may be, in the unit `measure` returns. */
  maxWidth: number;
  /** Most lines the title may take; past that it is shortened with an ellipsis. */
  maxLines: number;
  /** Width of a one-line text, measured with the font it is drawn in. */
  measure: (text: string) => number;
  /** Splits text into words and the spaces between them (Thai has no spaces between words). */
  segment: (text: string) => string[];
}

/** A title laid out in lines. */
export interface BrokenLines {
  lines: string[];
  /** True when words were left out and the last line ends with an ellipsis. */
  truncated: boolean;
}

export const ELLIPSIS = '…';

// Characters that may not begin a line (closing marks, ไม้ยมก, ไปยาลน้อย) or end one (opening marks).
const NO_LINE_START = /^[\s)\]}>,.:;!?%»”’ๆฯ]/u;
const NO_LINE_END = /[([{<«“‘]$/u;
const INVISIBLE = /[\u200b\u200c\u00ad\ufeff]/gu;

/**
 * Breaks a title into at most `maxLines` lines no wider than `maxWidth`,
 * only between words, measuring whole lines so shaping is counted as drawn.
 * A title that needs more lines is cut after the last whole word that fits
 * before an ellipsis. Only a single word wider than a whole line is split,
 * between letters (grapheme clusters), because there is no other way to
 * keep it on the card.
 */
export function breakLines(text: string, options: BreakOptions): BrokenLines {
  const { maxWidth, maxLines, measure } = options;
  const fits = (line: string): boolean => measure(line) <= maxWidth;
  const units = toUnits(text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim(), options);

  const lines: string[] = [];
  let line = '';
  let index = 0;
  let overflow = false;
  while (index < units.length) {
    const unit = units[index] as string;
    if (fits((line + unit).trimEnd())) {
      line += unit;
      index++;
    } else if (line.trim()) {
      // Close the line and try the same word again on a new one.
      if (lines.length === maxLines - 1) {
        overflow = true;
        break;
      }
      lines.push(line.trimEnd());
      line = '';
    } else {
      // A single word wider than a line: split it between letters.
      const pieces = splitGraphemes(unit.trimEnd(), fits);
      index++;
      while (pieces.length > 1 && lines.length < maxLines - 1) lines.push(pieces.shift() as string);
      line = pieces.join('') + (unit.endsWith(' ') ? ' ' : '');
      if (pieces.length > 1) {
        overflow = true;
        break;
      }
    }
  }
  if (!overflow) {
    if (line.trim()) lines.push(line.trimEnd());
    return { lines, truncated: false };
  }
  // Words remain: fill the last allowed line again, leaving room for the ellipsis.
  const lastLineUnits: string[] = [];
  const rest = [line.trimStart(), ...units.slice(index)].filter(Boolean).join('');
  for (const unit of toUnits(rest, options)) {
    const candidate = trimForEllipsis(lastLineUnits.join('') + unit);
    if (!fits(candidate + ELLIPSIS)) break;
    lastLineUnits.push(unit);
  }
  let last = trimForEllipsis(lastLineUnits.join(''));
  if (!last) last = splitGraphemes(rest, (piece) => fits(piece + ELLIPSIS))[0] ?? '';
  lines.splice(maxLines - 1);
  lines.push(last + ELLIPSIS);
  return { lines, truncated: true };
}

/** Words with the characters that must stay next to them, and any following space. */
function toUnits(text: string, options: BreakOptions): string[] {
  const units: string[] = [];
  let pendingOpen = '';
  for (const segment of options.segment(text)) {
    const previous = units.length - 1;
    if (previous >= 0 && NO_LINE_START.test(segment)) {
      units[previous] += segment;
    } else if (NO_LINE_END.test(segment) && !/\s$/u.test(segment)) {
      pendingOpen += segment;
    } else {
      units.push(pendingOpen + segment);
      pendingOpen = '';
    }
  }
  if (pendingOpen) units.push(pendingOpen);
  return units;
}

/** Spaces and separators look wrong before an ellipsis. */
function trimForEllipsis(text: string): string {
  return text.replace(/[\s,.:;\-–—]+$/u, '');
}

/** Splits one over-long word between grapheme clusters so no piece is wider than a line. */
function splitGraphemes(word: string, fits: (piece: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(word)) {
    if (piece && !fits(piece + segment)) {
      pieces.push(piece);
      piece = segment;
    } else {
      piece += segment;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Like {@link breakLines}, but when the title fits without shortening, narrows
 * the measure as far as it can without adding a line, so the lines come out
 * even (CSS `text-wrap: balance`) instead of a full line over a lone word.
 */
export function breakBalancedLines(text: string, options: BreakOptions): BrokenLines {
  const greedy = breakLines(text, options);
  if (greedy.truncated || greedy.lines.length < 2) return greedy;
  let best = greedy;
  let low = 0;
  let high = options.maxWidth;
  // Bisect on whole pixels: a width either keeps the line count or adds a line.
  while (high - low > 1) {
    const width = Math.floor((low + high) / 2);
    const trial = breakLines(text, { ...options, maxWidth: width });
    if (!trial.truncated && trial.lines.length === greedy.lines.length) {
      best = trial;
      high = width;
    } else {
      low = width;
    }
  }
  return best;
}
