import { describe, expect, it } from 'vitest';
import { GAP_KEY, splitSearchUnits } from '../../lib/search/search-units';
import { CONTENT_START, KEY_SPAN, PAD_KEY, encodeUnit } from '../../lib/search/span-keys';
import { buildSearchRecordText } from './search-record';

describe('buildSearchRecordText', () => {
  const blocks = [
    { text: 'ประกาศ (No Gift)', weight: 7 },
    { text: 'ไม่รับของขวัญ.', weight: 1 },
    { text: '— ๒๕๖๘', weight: 1 },
  ];
  const { indexed, shown } = buildSearchRecordText(blocks);
  const positions = indexed.split(' ').filter((w) => !w.includes('PAGEFIND')).slice(CONTENT_START);
  /** The first unit of each position's span key. */
  const firstUnit = (key: string) => key.slice(0, key.indexOf('z', key.startsWith('y') ? 1 : 0) + 1);

  it('has one shown text per indexed position, giving back the page text', () => {
    expect(positions).toHaveLength(shown.length - CONTENT_START);
    expect(shown.join('')).toBe('ประกาศ (No Gift) ไม่รับของขวัญ. — ๒๕๖๘');
  });

  it('merges a block end and the punctuation around it into one gap', () => {
    const gapAt = shown.indexOf('. — ') - CONTENT_START;
    expect(gapAt).toBeGreaterThan(0);
    expect(firstUnit(positions[gapAt]!)).toBe(encodeUnit(GAP_KEY));
    const gaps = positions.map((p) => firstUnit(p) === encodeUnit(GAP_KEY));
    expect(gaps.filter((g, i) => g && gaps[i + 1])).toEqual([]);
  });

  it('puts the title first as span keys at every other position, showing nothing, then the text', () => {
    const withTitle = buildSearchRecordText(blocks, 'ประกาศ No');
    const keys = withTitle.indexed.split(' ').filter((w) => !w.includes('PAGEFIND'));
    expect(keys).toHaveLength(withTitle.shown.length);
    const region = keys.slice(0, CONTENT_START);
    expect(region[0]).toBe(positions[0]!.slice(0, region[0]!.length));
    expect(region.filter((_, i) => i % 2 === 1).every((k) => k === PAD_KEY)).toBe(true);
    expect(region.filter((k) => k !== PAD_KEY)).toHaveLength(splitSearchUnits('ประกาศ No').length);
    expect(region.at(-1)).toBe(PAD_KEY);
    expect(withTitle.shown.slice(0, CONTENT_START).every((s) => s === '')).toBe(true);
    expect(withTitle.shown.join('')).toBe(shown.join(''));
  });

  it('keys each position by the units that start there, at most KEY_SPAN of them', () => {
    const units = positions.map(firstUnit);
    expect(positions.length).toBeGreaterThan(KEY_SPAN);
    positions.forEach((key, i) => expect(key).toBe(units.slice(i, i + KEY_SPAN).join('')));
  });

  it('weights headings with Pagefind weight markers and keys digits in Arabic', () => {
    expect(indexed.split(' ')[CONTENT_START]).toBe('___PAGEFIND_WEIGHT___7');
    expect(indexed).toContain('___END_PAGEFIND_WEIGHT___');
    expect(positions.at(-1)).toBe(encodeUnit('2568'));
    expect(shown.at(-1)).toBe('๒๕๖๘');
  });
});
