import { describe, expect, it } from 'vitest';
import { GAP_KEY, splitSearchUnits, toPagefindQuery } from '@/lib/search/search-units';

const texts = (text: string) => splitSearchUnits(text).map((u) => u.text);
const keys = (text: string) => splitSearchUnits(text).map((u) => u.key);
const words = (text: string) => keys(text).filter((k) => k !== GAP_KEY);

describe('splitSearchUnits', () => {
  it('gives back the input exactly when unit texts are joined', () => {
    for (const text of ['  นโยบายไม่รับของขวัญ (No Gift Policy) ปีงบประมาณ ๒๕๖๘.', '— E-Service 1,000 บาท', '']) {
      expect(texts(text).join('')).toBe(text);
    }
  });

  it('keeps marks and ะ า ำ with what precedes them and leading vowels with what follows', () => {
    expect(texts('เกี่ยวข้อง')).toEqual(['เกี่', 'ย', 'ว', 'ข้', 'อ', 'ง']);
    expect(texts('กำนัล')).toEqual(['กำ', 'นั', 'ล']);
    expect(texts('ประมาณ')).toEqual(['ป', 'ระ', 'มา', 'ณ']);
  });

  it('cuts a compound part exactly as it is cut inside the compound', () => {
    const whole = keys('ปีงบประมาณ');
    const part = keys('งบประมาณ');
    expect(whole.slice(1)).toEqual(part);
    const gift = keys('ของขวัญ');
    const sentence = keys('นโยบายไม่รับของขวัญและของกำนัล');
    const at = sentence.indexOf(gift[0]!);
    expect(sentence.slice(at, at + gift.length)).toEqual(gift);
  });

  it('keys tone marks apart, Thai and Arabic digits alike, Latin without case', () => {
    expect(keys('ซื่อ')).not.toEqual(keys('ซื้อ'));
    expect(keys('๒๕๖๘')).toEqual(['2568']);
    expect(keys('2568')).toEqual(['2568']);
    expect(words('No Gift Policy')).toEqual(['no', 'gift', 'policy']);
    expect(keys('E-Service')).toEqual(['e', GAP_KEY, 'service']);
    expect(keys('ปี2568')).toEqual([...keys('ปี'), '2568']);
  });

  it('makes each run of spaces and punctuation one gap unit, so marks never cover them', () => {
    expect(texts('ของ ขวัญ, ดี')).toEqual(['ข', 'อ', 'ง', ' ', 'ข', 'วั', 'ญ', ', ', 'ดี']);
    expect(keys('a - b')).toEqual(['a', GAP_KEY, 'b']);
  });
});

describe('toPagefindQuery', () => {
  it('asks for the units as one exact phrase', () => {
    expect(toPagefindQuery('2568')).toBe('"2568"');
    expect(toPagefindQuery('No Gift')).toBe(`"no ${GAP_KEY} gift"`);
    expect(toPagefindQuery(' (No-Gift) ')).toBe(`"no ${GAP_KEY} gift"`);
    expect(toPagefindQuery('ของ')).toBe(`"${keys('ของ').join(' ')}"`);
  });

  it('ignores quotes, punctuation and zero-width spaces, and is empty when nothing is searchable', () => {
    expect(toPagefindQuery('"ของ\u200bขวัญ"')).toBe(toPagefindQuery('ของขวัญ'));
    expect(toPagefindQuery(' ?! ')).toBe('');
  });
});
