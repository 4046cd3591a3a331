import { describe, expect, it } from 'vitest';
import { applyDigitStyle, toArabicDigits, toThaiDigits } from '@/lib/thai/numerals';

// The same text with Thai digits and with Arabic digits (or none): each converts to the other, is left alone by
// the conversion to its own digits, and applyDigitStyle agrees with both.
const SPELLINGS: [thai: string, arabic: string][] = [
  ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
  ['๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘', '1 ต.ค. 67 ถึง 30 ก.ย. 68'],
  ['ปีงบประมาณ พ.ศ. ๒๕๖๘', 'ปีงบประมาณ พ.ศ. 2568'],
  ['๑ ตุลาคม ๒๕๖๗', '1 ตุลาคม 2567'],
  ['ตลอดปีงบประมาณ', 'ตลอดปีงบประมาณ'],
];

describe('numerals', () => {
  it.each(SPELLINGS)('%s and %s convert into each other', (thai, arabic) => {
    expect(toThaiDigits(arabic)).toBe(thai);
    expect(toArabicDigits(thai)).toBe(arabic);
    expect(toThaiDigits(thai)).toBe(thai);
    expect(toArabicDigits(arabic)).toBe(arabic);
    expect([applyDigitStyle(arabic, 'thai'), applyDigitStyle(thai, 'arabic')]).toEqual([thai, arabic]);
    expect([applyDigitStyle(thai, 'thai'), applyDigitStyle(arabic, 'arabic')]).toEqual([thai, arabic]);
  });

  it('converts only the other digits of a text that mixes both', () => {
    expect(toArabicDigits('๑ ต.ค. 67')).toBe('1 ต.ค. 67');
    expect(toThaiDigits('๑ ต.ค. 67')).toBe('๑ ต.ค. ๖๗');
  });

  it('round-trips and keeps the length (the date tokenizer relies on it)', () => {
    const text = 'วันที่ 27 ธ.ค. 2567 เวลา 09:30 น.';
    expect(toArabicDigits(toThaiDigits(text))).toBe(text);
    expect(toThaiDigits(text)).toHaveLength(text.length);
  });
});
