import { describe, expect, it } from 'vitest';
import {
  formatBaht,
  formatCount,
  formatDay,
  formatDigits,
  formatFileSize,
  formatPeriod,
  formatScore,
} from '@/lib/i18n/format';

describe('display formatting follows the organisation digit choice', () => {
  it('prints baht, counts and scores in Thai or Arabic digits', () => {
    expect(formatBaht(1250000, 'thai')).toBe('๑,๒๕๐,๐๐๐ บาท');
    expect(formatBaht(33850.5, 'arabic')).toBe('33,850.5 บาท');
    expect(formatCount(14, 'thai')).toBe('๑๔');
    expect(formatScore(92.5, 'thai')).toBe('๙๒.๕๐');
    expect(formatDigits('รอบ 6 เดือน', 'thai')).toBe('รอบ ๖ เดือน');
  });

  it('prints Buddhist-era dates, short in tables and long elsewhere', () => {
    expect(formatDay('2024-10-01', 'thai')).toBe('๑ ตุลาคม ๒๕๖๗');
    expect(formatDay('2024-10-01', 'arabic', 'short')).toBe('1 ต.ค. 67');
  });

  it('says "the whole fiscal year" in words before its dates', () => {
    const whole = formatPeriod({ start: '2024-10-01', end: '2025-09-30', wholeFiscalYear: true }, 'thai');
    expect(whole.startsWith('ตลอดปีงบประมาณ (')).toBe(true);
    expect(whole).toContain('๖๗');
    expect(formatPeriod({ start: '2025-01-01', end: '2025-03-31', wholeFiscalYear: false }, 'arabic', 'long')).toMatch(
      /^1 มกราคม.*31 มีนาคม 2568$/,
    );
  });

  it('prints file sizes the way people read them', () => {
    expect(formatFileSize(512, 'arabic')).toBe('512 ไบต์');
    expect(formatFileSize(340 * 1024, 'thai')).toBe('๓๔๐ KB');
    expect(formatFileSize(1.25 * 1024 * 1024, 'arabic')).toBe('1.3 MB');
  });
});
