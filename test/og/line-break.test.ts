import { beforeAll, describe, expect, it } from 'vitest';
import { splitAtBreakPoints } from '@/lib/og/break-points';
import { CARD, CONTENT_WIDTH } from '@/lib/og/card-layout';
import { loadCardFonts } from '@/lib/og/fonts';
import { breakBalancedLines, breakLines, ELLIPSIS } from '@/lib/og/line-break';
import { createTextMeasurer, type MeasureText } from '@/lib/og/measure';
import { THAI_TITLE_200 } from '@/lib/og/test-titles';

/** Offsets in `text` where a line may end: after each break-point piece. */
function breakOffsets(text: string): Set<number> {
  const offsets = new Set<number>();
  let at = 0;
  for (const piece of splitAtBreakPoints(text)) offsets.add((at += piece.length));
  return offsets;
}

// One unit per character: enough to test the rules without font metrics.
const perChar = (text: string): number => [...text].length;

let measure: MeasureText;
beforeAll(async () => {
  measure = await createTextMeasurer(loadCardFonts());
});

/** Options that break a title as the card draws it: the card font, bold, at `size` px. */
const cardTitle = (size: number, maxWidth: number, maxLines: number) => ({
  maxWidth,
  maxLines,
  segment: splitAtBreakPoints,
  measure: (t: string) => measure(t, size, 700),
});

describe('breakLines with the card font', () => {
  it('wraps a 200-character Thai title only at word boundaries, every line within the card', () => {
    expect([...THAI_TITLE_200]).toHaveLength(200);
    const size = CARD.titleSizes.at(-1) ?? 48;
    const result = breakLines(THAI_TITLE_200, cardTitle(size, CONTENT_WIDTH, 10));

    expect(result.truncated).toBe(false);
    expect(result.lines.length).toBeGreaterThanOrEqual(4);
    expect(result.lines.join('')).toBe(THAI_TITLE_200);
    const offsets = breakOffsets(THAI_TITLE_200);
    let at = 0;
    for (const line of result.lines) {
      expect(measure(line, size, 700)).toBeLessThanOrEqual(CONTENT_WIDTH);
      at += line.length;
      expect(offsets.has(at), `line ends mid-word: "${line}"`).toBe(true);
    }
    // Greedy: each line is full, i.e. the next word would not have fitted.
    result.lines.slice(0, -1).forEach((line, i) => {
      const nextWord = splitAtBreakPoints(result.lines[i + 1] as string)[0] as string;
      expect(measure(line + nextWord, size, 700)).toBeGreaterThan(CONTENT_WIDTH);
    });
  });

  it('shortens it to three lines with an ellipsis after a whole word', () => {
    const size = CARD.titleSizes.at(-1) ?? 48;
    const result = breakLines(THAI_TITLE_200, cardTitle(size, CONTENT_WIDTH, 3));
    expect(result.truncated).toBe(true);
    expect(result.lines).toHaveLength(3);
    const last = result.lines[2] as string;
    expect(last.endsWith(ELLIPSIS)).toBe(true);
    const kept = result.lines.join('').slice(0, -ELLIPSIS.length);
    expect(THAI_TITLE_200.startsWith(kept)).toBe(true);
    expect(breakOffsets(THAI_TITLE_200).has(kept.length)).toBe(true);
    for (const line of result.lines) expect(measure(line, size, 700)).toBeLessThanOrEqual(CONTENT_WIDTH);
  });

  it('breaks a title mixing Thai and Latin at spaces and Thai word boundaries', () => {
    const title = 'ประกาศและขับเคลื่อนนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปี 2568';
    const result = breakLines(title, cardTitle(48, 700, 5));
    expect(result.lines.join(' ').replace(/\s+/g, '')).toBe(title.replace(/\s+/g, ''));
    const offsets = breakOffsets(title);
    let at = 0;
    for (const line of result.lines) {
      at = title.indexOf(line, at) + line.length;
      expect(offsets.has(at) || title[at] === ' ', `"${line}"`).toBe(true);
      expect(measure(line, 48, 700)).toBeLessThanOrEqual(700);
    }
  });
});

describe('breakLines rules', () => {
  const options = { maxWidth: 10, maxLines: 3, segment: splitAtBreakPoints, measure: perChar };

  it('keeps a short title on one line', () => {
    expect(breakLines('ผลการประเมิน', { ...options, maxWidth: 20 })).toEqual({
      lines: ['ผลการประเมิน'],
      truncated: false,
    });
  });

  it('drops the space at a line break and collapses runs of spaces', () => {
    expect(breakLines('alpha   beta gamma', { ...options, maxWidth: 11 }).lines).toEqual(['alpha beta', 'gamma']);
  });

  it('never starts a line with ๆ or a closing bracket', () => {
    const lines = breakLines('เด็กๆ เล่น (ITA) ดี', { ...options, maxWidth: 5 }).lines;
    for (const line of lines) expect(line).not.toMatch(/^[ๆ)]/u);
  });

  it('splits a single word wider than a line between letters rather than letting it run off', () => {
    const result = breakLines('https://example.go.th/very-long-path', { ...options, maxWidth: 12, maxLines: 5 });
    expect(result.lines.join('')).toBe('https://example.go.th/very-long-path');
    for (const line of result.lines) expect(perChar(line)).toBeLessThanOrEqual(12);
  });

  it('shortens a single word longer than all the lines with an ellipsis instead of dropping the rest', () => {
    const result = breakLines('abcdefghijklmnopqrstuvwxyz', { ...options, maxWidth: 5, maxLines: 3 });
    expect(result).toEqual({ lines: ['abcde', 'fghij', 'klmn…'], truncated: true });
  });

  it('ignores zero-width spaces already in the title', () => {
    expect(breakLines('ผล\u200bการ', options).lines).toEqual(['ผลการ']);
  });
});

describe('breakBalancedLines', () => {
  it('evens out the lines instead of leaving one word alone on the last line', () => {
    const options = { maxWidth: 20, maxLines: 3, segment: splitAtBreakPoints, measure: perChar };
    const text = 'aaaa bbbb cccc dddd ee';
    expect(breakLines(text, options).lines).toEqual(['aaaa bbbb cccc dddd', 'ee']);
    expect(breakBalancedLines(text, options).lines).toEqual(['aaaa bbbb', 'cccc dddd ee']);
  });

  it('keeps a Thai title on the same number of lines, breaking only at word boundaries', () => {
    const title = 'ค้นหามาตรการ ประกาศ และเอกสารหลักฐานของหน่วยงาน';
    const options = cardTitle(64, CONTENT_WIDTH, 3);
    const greedy = breakLines(title, options);
    const balanced = breakBalancedLines(title, options);
    expect(balanced.lines).toHaveLength(greedy.lines.length);
    const widths = balanced.lines.map((line) => measure(line, 64, 700));
    expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.5);
    const offsets = breakOffsets(title);
    expect(offsets.has(title.indexOf(balanced.lines[1] as string))).toBe(true);
  });
});
