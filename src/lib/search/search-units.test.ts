import { describe, expect, it } from 'vitest';
import { GAP_KEY, splitSearchUnits } from './search-units';
import { KEY_SPAN, encodeUnit, toQueryTerms } from './span-keys';

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

describe('toQueryTerms', () => {
  const code = (text: string) => keys(text).map(encodeUnit).join('');

  it('asks for a short query as one prefix term of its unit codes, gaps inside kept', () => {
    expect(toQueryTerms('2568')).toMatchObject({ prefix: true, units: 1, content: encodeUnit('2568') });
    expect(toQueryTerms('No Gift')?.content).toBe(encodeUnit('no') + encodeUnit(GAP_KEY) + encodeUnit('gift'));
    expect(toQueryTerms(' (No-Gift) ')?.content).toBe(toQueryTerms('No Gift')?.content);
    expect(toQueryTerms('ของ')?.content).toBe(code('ของ'));
  });

  it('asks for a long query as the exact phrase of its consecutive spans', () => {
    const typed = 'องค์การบริหารส่วนตำบล';
    const units = keys(typed).map(encodeUnit);
    expect(units.length).toBeGreaterThan(KEY_SPAN);
    const terms = toQueryTerms(typed)!;
    expect(terms.prefix).toBe(false);
    const spans = terms.content.slice(1, -1).split(' ');
    expect(spans).toHaveLength(units.length - KEY_SPAN + 1);
    spans.forEach((span, i) => expect(span).toBe(units.slice(i, i + KEY_SPAN).join('')));
  });

  it('codes no unit as the start of another, so a prefix never matches inside a character', () => {
    // ป is the start of ปี as text, but not as a code; 2568 is not the start of 25680.
    expect(encodeUnit(keys('ปี')[0]!).startsWith(encodeUnit(keys('ป')[0]!))).toBe(false);
    expect(encodeUnit('25680').startsWith(encodeUnit('2568'))).toBe(false);
    expect(encodeUnit('gifts').startsWith(encodeUnit('gift'))).toBe(false);
  });

  it('ignores quotes, punctuation and zero-width spaces, and is null when nothing is searchable', () => {
    expect(toQueryTerms('"ของ\u200bขวัญ"')).toEqual(toQueryTerms('ของขวัญ'));
    expect(toQueryTerms(' ?! ')).toBeNull();
  });
});
