import { describe, expect, it } from 'vitest';
import { createFormatters } from '@/lib/i18n/format';

// What a page prints through Astro.locals.format, made for each digit choice an organisation can make.
const thai = createFormatters('thai');
const arabic = createFormatters('arabic');

describe('display formatting follows the organisation digit choice', () => {
  it('prints baht, counts and scores in Thai or Arabic digits', () => {
    expect(thai.baht(1250000)).toBe('๑,๒๕๐,๐๐๐ บาท');
    expect(arabic.baht(33850.5)).toBe('33,850.5 บาท');
    expect(thai.count(14)).toBe('๑๔');
    expect(thai.score(92.5)).toBe('๙๒.๕๐');
    expect(thai.digits('รอบ 6 เดือน')).toBe('รอบ ๖ เดือน');
  });

  it('prints Buddhist-era dates, short in tables and long elsewhere', () => {
    expect(thai.day('2024-10-01')).toBe('๑ ตุลาคม ๒๕๖๗');
    expect(arabic.day('2024-10-01', 'short')).toBe('1 ต.ค. 67');
  });

  it('says "the whole fiscal year" in words before its dates', () => {
    const whole = thai.period({ start: '2024-10-01', end: '2025-09-30', wholeFiscalYear: true });
    expect(whole.startsWith('ตลอดปีงบประมาณ (')).toBe(true);
    expect(whole).toContain('๖๗');
    expect(arabic.period({ start: '2025-01-01', end: '2025-03-31', wholeFiscalYear: false }, 'long')).toMatch(
      /^1 มกราคม.*31 มีนาคม 2568$/,
    );
  });

  it('prints file sizes the way people read them', () => {
    expect(arabic.fileSize(512)).toBe('512 ไบต์');
    expect(thai.fileSize(340 * 1024)).toBe('๓๔๐ KB');
    expect(arabic.fileSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
