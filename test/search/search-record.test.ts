import { describe, expect, it } from 'vitest';
import { GAP_KEY, TITLE_KEY_PREFIX } from '@/lib/search/search-units';
import { buildSearchRecordText } from '@/build/search/search-record';

describe('buildSearchRecordText', () => {
  const blocks = [
    { text: 'ประกาศ (No Gift)', weight: 7 },
    { text: 'ไม่รับของขวัญ.', weight: 1 },
    { text: '— ๒๕๖๘', weight: 1 },
  ];
  const { indexed, shown } = buildSearchRecordText(blocks);
  const positions = indexed.split(' ').filter((w) => !w.includes('PAGEFIND'));

  it('has one shown text per indexed position, giving back the page text', () => {
    expect(positions).toHaveLength(shown.length);
    expect(shown.join('')).toBe('ประกาศ (No Gift) ไม่รับของขวัญ. — ๒๕๖๘');
  });

  it('merges a block end and the punctuation around it into one gap', () => {
    const gapAt = shown.indexOf('. — ');
    expect(gapAt).toBeGreaterThan(0);
    expect(positions[gapAt]).toBe(GAP_KEY);
    expect(positions.filter((p, i) => p === GAP_KEY && positions[i + 1] === GAP_KEY)).toEqual([]);
  });

  it('indexes the title again after the text as title keys that show nothing', () => {
    const withTitle = buildSearchRecordText(blocks, 'ประกาศ No');
    const keys = withTitle.indexed.split(' ').filter((w) => !w.includes('PAGEFIND'));
    expect(keys).toHaveLength(withTitle.shown.length);
    const titleKeys = keys.slice(positions.length);
    expect(titleKeys.every((k) => k.startsWith(TITLE_KEY_PREFIX))).toBe(true);
    expect(titleKeys.at(-1)).toBe(`${TITLE_KEY_PREFIX}no`);
    expect(withTitle.shown.slice(positions.length).every((s) => s === '')).toBe(true);
    expect(withTitle.shown.join('')).toBe(shown.join(''));
  });

  it('weights headings with Pagefind weight markers and keys digits in Arabic', () => {
    expect(indexed.startsWith('___PAGEFIND_WEIGHT___7 ')).toBe(true);
    expect(indexed).toContain('___END_PAGEFIND_WEIGHT___');
    expect(positions.at(-1)).toBe('2568');
    expect(shown.at(-1)).toBe('๒๕๖๘');
  });
});
