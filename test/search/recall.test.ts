import { describe, expect, it } from 'vitest';
import { scoreQuery, textShows } from '@/build/search/recall';

describe('textShows', () => {
  it('finds Thai anywhere, across digit scripts and letter case', () => {
    expect(textShows('ตลอดปีงบประมาณ ๒๕๖๘', 'งบประมาณ')).toBe(true);
    expect(textShows('ตลอดปีงบประมาณ ๒๕๖๘', '2568')).toBe(true);
    expect(textShows('ปี 2568', '๒๕๖๘')).toBe(true);
    expect(textShows('NO GIFT POLICY', 'No Gift')).toBe(true);
  });

  it('keeps tone marks apart and Latin words and numbers whole', () => {
    expect(textShows('ซื้อวัสดุ', 'ซื่อ')).toBe(false);
    expect(textShows('gifts', 'gift')).toBe(false);
    expect(textShows('25680', '2568')).toBe(false);
    expect(textShows('ปี2568', '2568')).toBe(true);
  });

  it('matches whole characters only: no match ends inside a character with its marks', () => {
    expect(textShows('ของบุคลากร', 'งบ')).toBe(false);
    expect(textShows('กำนัล', 'ก')).toBe(false);
    expect(textShows('งบประมาณ', 'งบ')).toBe(true);
  });
});

describe('scoreQuery', () => {
  it('scores recall over expected pages and precision over found pages', () => {
    expect(scoreQuery(new Set(['/a/', '/b/']), ['/a/', '/c/'])).toEqual({ recall: 0.5, precision: 0.5 });
    expect(scoreQuery(new Set(), [])).toEqual({ recall: 1, precision: 1 });
  });
});
