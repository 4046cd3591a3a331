import { describe, expect, it } from 'vitest';
import { markTitleWordStarts, markWordStarts } from '@/build/search/mark-word-starts';
import { WORD_START, markResultWords, stripWordStarts } from '@/lib/search/result-words';
import { splitSearchUnits } from '@/lib/search/search-units';
import { markTextBreaks } from '@/build/thai-breaks/mark-thai-breaks';

const W = WORD_START;

describe('markWordStarts (index side)', () => {
  it('marks the units where the pages break a line, and nothing else changes', () => {
    const text = 'นโยบายไม่รับของขวัญ ปีงบประมาณ ๒๕๖๘';
    const pieces = splitSearchUnits(text).map((u) => u.text);
    const marked = markWordStarts(pieces);
    expect(marked).toHaveLength(pieces.length);
    expect(stripWordStarts(marked.join(''))).toBe(text);
    // The same places as the page's <wbr>s.
    const pageBreaks = markTextBreaks(text)
      .replace(/<\/?th-w>/g, '')
      .replaceAll('<wbr>', W);
    expect(marked.join('')).toBe(pageBreaks);
    expect(marked.join('')).toContain(`${W}ของขวัญ`);
    expect(markTitleWordStarts(text)).toBe(pageBreaks);
  });
});

describe('markResultWords (search page)', () => {
  it('keeps each Thai word and dotted number whole, with a <wbr> at each word start', () => {
    expect(markResultWords(`ไม่${W}รับ${W}ของขวัญ ข้อ ๑๐.๑ (No Gift)`)).toBe(
      '<th-w>ไม่</th-w><wbr><th-w>รับ</th-w><wbr><th-w>ของขวัญ</th-w> <th-w>ข้อ</th-w> <th-w>๑๐.๑</th-w> (No Gift)',
    );
  });

  it('leaves codes such as O6 as the pages do, not cut into a letter and a number', () => {
    expect(markResultWords(`O6 ${W}แผน${W}การ ISO9001 ข้อ 10.1`)).toBe(
      'O6 <th-w>แผน</th-w><wbr><th-w>การ</th-w> ISO9001 <th-w>ข้อ</th-w> <th-w>10.1</th-w>',
    );
  });

  it('closes a mark at a word edge and opens it again, so every element nests', () => {
    const html = markResultWords(`ปี<mark>งบ</mark><mark>${W}ประมาณ</mark> &amp; ๒๕๖๘`);
    expect(html).toBe('<th-w>ปี<mark>งบ</mark></th-w><wbr><th-w><mark>ประมาณ</mark></th-w> &amp; <th-w>๒๕๖๘</th-w>');
    expect(html.replace(/<[^>]+>/g, '')).toBe('ปีงบประมาณ &amp; ๒๕๖๘');
  });
});
