import { describe, expect, it } from 'vitest';
import { markExcerpt } from '@/lib/search/mark-excerpt';
import { GAP_KEY, TITLE_KEY_PREFIX, splitSearchUnits, toQueryKeys } from '@/lib/search/search-units';
import { KEY_SPAN, TITLE_SPAN_START, coverPhrase, encodeUnit, toQueryTerms, toSpanWords } from '@/lib/search/span-keys';

const keys = (text: string) => splitSearchUnits(text).map((u) => u.key);
const codes = (text: string) => keys(text).map(encodeUnit);

describe('encodeUnit', () => {
  it('codes no unit as the start of another, so a prefix never matches inside a character or a word', () => {
    // ป is the start of ปี as text, but not as a code; 2568 is not the start of 25680, gift not of gifts.
    expect(encodeUnit(keys('ปี')[0]!).startsWith(encodeUnit(keys('ป')[0]!))).toBe(false);
    expect(encodeUnit('25680').startsWith(encodeUnit('2568'))).toBe(false);
    expect(encodeUnit('gifts').startsWith(encodeUnit('gift'))).toBe(false);
    const all = [...new Set(keys('นโยบายไม่รับของขวัญ ซื่อสัตย์ ซื้อ No Gift 2568 ๒๕๖๘ ฯลฯ'))].map(encodeUnit);
    for (const a of all) for (const b of all) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
    expect(encodeUnit(keys('ซื่อ')[0]!)).not.toBe(encodeUnit(keys('ซื้อ')[0]!));
  });

  it('gives keys Pagefind keeps as they are: lower-case ASCII letters and digits', () => {
    for (const code of codes('ประกาศ (No Gift) ๒๕๖๘ — E-Service')) expect(code).toMatch(/^[a-z0-9]+z$/);
  });
});

describe('toSpanWords', () => {
  it('keys each text position by the units that start there, the title after it by its own, markers kept', () => {
    const text = keys('ของขวัญ ๒๕๖๘');
    const title = keys('ของ').map((k) => TITLE_KEY_PREFIX + k);
    const words = ['___PAGEFIND_WEIGHT___7', ...text, '___END_PAGEFIND_WEIGHT___', ...title];
    const spans = toSpanWords(words);
    expect(spans).toHaveLength(words.length);
    expect(spans[0]).toBe(words[0]);
    expect(spans[text.length + 1]).toBe(words[text.length + 1]);
    const textCodes = text.map(encodeUnit);
    textCodes.forEach((_, i) => expect(spans[i + 1]).toBe(textCodes.slice(i, i + KEY_SPAN).join('')));
    // The title's spans stop at its end and never take the text's units.
    const titleSpans = spans.slice(text.length + 2);
    expect(titleSpans.every((k) => k.startsWith(TITLE_SPAN_START))).toBe(true);
    expect(titleSpans.at(-1)).toBe(TITLE_SPAN_START + codes('ของ').at(-1));
  });
});

describe('toQueryTerms', () => {
  it('asks for a short query as one prefix term, for a longer one the exact phrase of its spans', () => {
    expect(toQueryTerms(toQueryKeys('ปี'))).toMatchObject({ prefix: true, units: 1, content: codes('ปี').join('') });
    const terms = toQueryTerms(toQueryKeys('งบประมาณ'))!;
    const units = codes('งบประมาณ');
    expect(terms.prefix).toBe(false);
    const spans = terms.content.slice(1, -1).split(' ');
    expect(terms.content).toMatch(/^".*"$/);
    expect(spans).toHaveLength(units.length - KEY_SPAN + 1);
    spans.forEach((span, i) => expect(span).toBe(units.slice(i, i + KEY_SPAN).join('')));
    expect(terms.title).toBe(`"${spans.map((s) => TITLE_SPAN_START + s).join(' ')}"`);
  });

  it('keeps a gap inside the query in the text and leaves it out of the title, as the index does', () => {
    const terms = toQueryTerms(toQueryKeys(' (No-Gift) '))!;
    expect(terms.content).toContain(encodeUnit(GAP_KEY));
    expect(terms.title).toBe(TITLE_SPAN_START + encodeUnit('no') + encodeUnit('gift'));
    expect(toQueryTerms(toQueryKeys(' ?! '))).toBeNull();
  });
});

describe('coverPhrase', () => {
  it('covers every unit of a phrase with spans side by side, the last one ending at the last unit', () => {
    const c = codes('งบประมาณ'); // ง บ ป ระ มา ณ
    expect(coverPhrase(c)).toEqual({ spans: [c[0]! + c[1], c[2]! + c[3], c[4]! + c[5]], offsets: [0, 2, 4] });
    const odd = codes('ร้องเรียน'); // ร้ อ ง เรี ย น: the first five, the last span overlaps its neighbour
    expect(coverPhrase(odd.slice(0, 5))?.offsets).toEqual([0, 2, 3]);
    expect(coverPhrase(codes('งบ'))).toBeNull();
    expect(coverPhrase(c, TITLE_SPAN_START)?.spans.every((s) => s.startsWith(TITLE_SPAN_START))).toBe(true);
    for (let n = 3; n <= 15; n++) {
      const units = Array.from({ length: n }, (_, i) => `u${i}z`);
      const { spans, offsets } = coverPhrase(units)!;
      const covered = new Set(offsets.flatMap((at) => [at, at + 1]));
      expect(covered.size, `${n} units`).toBe(n);
      expect(spans, `${n} units`).toHaveLength(Math.ceil(n / KEY_SPAN));
    }
  });
});

describe('markExcerpt', () => {
  it('marks every unit a match covers and leaves the title keys’ empty text out', () => {
    const raw = ['ไม่', 'รั', 'บ', 'ข', 'อ', 'ง', 'ข', 'วั', 'ญ', ' ', 'ดี', '', ''].join('\u200b');
    expect(markExcerpt(raw, [3], 6, 60, '…')).toBe(
      'ไม่รับ<mark>ข</mark><mark>อ</mark><mark>ง</mark><mark>ข</mark><mark>วั</mark><mark>ญ</mark> ดี',
    );
    // A phrase of five spans reported at positions 3–7, each covering two units.
    expect(markExcerpt(raw, [3, 4, 5, 6, 7], 2, 60, '…')).toBe(markExcerpt(raw, [3], 6, 60, '…'));
  });

  it('marks every match in the excerpt and shows the last one whole even where the excerpt would end inside it', () => {
    const twice = ['ข', 'อ', 'ง', 'ก', 'ข', 'อ', 'ง', 'ค', 'ค', 'ค'].join('\u200b');
    expect(markExcerpt(twice, [0, 4], 3, 6, '…')).toBe(
      '<mark>ข</mark><mark>อ</mark><mark>ง</mark>ก<mark>ข</mark><mark>อ</mark><mark>ง</mark>…',
    );
    // Six positions from just before the first match (7–12) would end inside the second (12–14).
    const raw = ['ก', 'ก', 'ก', 'ก', 'ก', 'ก', 'ก', 'ก', 'ข', 'อ', 'ง', 'ค', 'ข', 'อ', 'ง', 'ค', 'ค'].join('\u200b');
    expect(markExcerpt(raw, [8, 12], 3, 6, '…')).toBe(
      '…ก<mark>ข</mark><mark>อ</mark><mark>ง</mark>ค<mark>ข</mark><mark>อ</mark><mark>ง</mark>…',
    );
  });
});
