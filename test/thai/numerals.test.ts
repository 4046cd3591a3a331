import { describe, expect, it } from 'vitest';
import { applyDigitStyle, toArabicDigits, toThaiDigits } from '@/lib/thai/numerals';

describe('numerals', () => {
  it('maps every Arabic digit to its Thai digit', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(toThaiDigits('1 ต.ค. 67 ถึง 30 ก.ย. 68')).toBe('๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘');
  });

  it('maps every Thai digit back to Arabic', () => {
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(toArabicDigits('ปีงบประมาณ พ.ศ. ๒๕๖๘')).toBe('ปีงบประมาณ พ.ศ. 2568');
  });

  it('leaves text without digits, and mixed digits, consistent', () => {
    expect(toThaiDigits('ตลอดปีงบประมาณ')).toBe('ตลอดปีงบประมาณ');
    expect(toArabicDigits('๑ ต.ค. 67')).toBe('1 ต.ค. 67');
    expect(toThaiDigits('๑ ต.ค. 67')).toBe('๑ ต.ค. ๖๗');
  });

  it('round-trips and keeps the length (the date tokenizer relies on it)', () => {
    const text = 'วันที่ 27 ธ.ค. 2567 เวลา 09:30 น.';
    expect(toArabicDigits(toThaiDigits(text))).toBe(text);
    expect(toThaiDigits(text)).toHaveLength(text.length);
  });

  it('applies a digit style', () => {
    expect(applyDigitStyle('1 ตุลาคม 2567', 'thai')).toBe('๑ ตุลาคม ๒๕๖๗');
    expect(applyDigitStyle('๑ ตุลาคม ๒๕๖๗', 'arabic')).toBe('1 ตุลาคม 2567');
    expect(applyDigitStyle('1 ตุลาคม 2567', 'arabic')).toBe('1 ตุลาคม 2567');
  });
});
