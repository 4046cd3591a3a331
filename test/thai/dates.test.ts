import { describe, expect, it } from 'vitest';
import {
  formatBuddhistYear,
  formatEnglishDate,
  formatThaiDate,
  formatThaiDateRange,
  parseIsoDate,
  toIsoDate,
} from '@/lib/thai/dates';

// 20:00 UTC on 30 September is already 03:00 on 1 October in Bangkok.
const BANGKOK_1_OCT = new Date('2024-09-30T20:00:00Z');
const BANGKOK_30_SEP_LATE = new Date('2024-09-30T16:59:59Z');

describe('formatThaiDate', () => {
  it('writes the long form with the Buddhist-era year', () => {
    expect(formatThaiDate('2024-10-01')).toBe('1 ตุลาคม 2567');
    expect(formatThaiDate('2024-10-01', { digits: 'thai' })).toBe('๑ ตุลาคม ๒๕๖๗');
  });

  it('writes the short form with a 2-digit year, as Intl prints it', () => {
    expect(formatThaiDate('2024-10-01', { month: 'short' })).toBe('1 ต.ค. 67');
    expect(formatThaiDate('2024-10-01', { month: 'short', digits: 'thai' })).toBe('๑ ต.ค. ๖๗');
  });

  it('adds the weekday when asked', () => {
    expect(formatThaiDate('2024-10-01', { weekday: true })).toBe('วันอังคารที่ 1 ตุลาคม 2567');
    expect(formatThaiDate('2024-10-01', { weekday: true, month: 'short', digits: 'thai' })).toBe('อังคาร ๑ ต.ค. ๖๗');
  });

  it('crosses the calendar-year boundary (and the BE year with it)', () => {
    expect(formatThaiDate('2024-12-31')).toBe('31 ธันวาคม 2567');
    expect(formatThaiDate('2025-01-01')).toBe('1 มกราคม 2568');
    expect(formatThaiDate(new Date('2024-12-31T17:00:00Z'), { month: 'short' })).toBe('1 ม.ค. 68');
    expect(formatThaiDate(new Date('2024-12-31T16:59:59Z'), { month: 'short' })).toBe('31 ธ.ค. 67');
  });

  it('uses the Bangkok day at the fiscal-year edge', () => {
    expect(formatThaiDate('2024-09-30')).toBe('30 กันยายน 2567');
    expect(formatThaiDate(BANGKOK_30_SEP_LATE)).toBe('30 กันยายน 2567');
    expect(formatThaiDate(BANGKOK_1_OCT)).toBe('1 ตุลาคม 2567');
    expect(formatThaiDate(BANGKOK_1_OCT, { month: 'short', digits: 'thai' })).toBe('๑ ต.ค. ๖๗');
  });

  it('accepts ISO timestamps with a zone and refuses anything else', () => {
    expect(formatThaiDate('2024-09-30T20:00:00Z')).toBe('1 ตุลาคม 2567');
    expect(() => formatThaiDate('2024-09-30T20:00:00')).toThrow(RangeError);
    expect(() => formatThaiDate('1 ต.ค. 67')).toThrow(RangeError);
    expect(() => formatThaiDate('2025-02-29')).toThrow(RangeError);
    expect(() => formatThaiDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatThaiDateRange', () => {
  it('writes a whole fiscal year', () => {
    expect(formatThaiDateRange('2024-10-01', '2025-09-30')).toBe('1 ตุลาคม 2567 – 30 กันยายน 2568');
    expect(formatThaiDateRange('2024-10-01', '2025-09-30', { month: 'short', digits: 'thai' })).toBe(
      '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘',
    );
  });

  it('collapses a shared month and year', () => {
    expect(formatThaiDateRange('2024-10-01', '2024-10-31')).toBe('1–31 ตุลาคม 2567');
    expect(formatThaiDateRange('2025-09-01', '2025-09-30', { digits: 'thai', month: 'short' })).toBe('๑–๓๐ ก.ย. ๖๘');
  });

  it('collapses a shared year across months', () => {
    expect(formatThaiDateRange('2025-01-01', '2025-03-31')).toBe('1 มกราคม – 31 มีนาคม 2568');
  });

  it('crosses the calendar-year boundary', () => {
    expect(formatThaiDateRange('2024-12-27', '2025-01-03', { month: 'short' })).toBe('27 ธ.ค. 67 – 3 ม.ค. 68');
  });

  it('writes one day once', () => {
    expect(formatThaiDateRange('2024-10-01', BANGKOK_1_OCT)).toBe('1 ตุลาคม 2567');
  });

  it('refuses a reversed range', () => {
    expect(() => formatThaiDateRange('2025-09-30', '2024-10-01')).toThrow(RangeError);
  });
});

describe('formatEnglishDate', () => {
  it('writes the Gregorian Bangkok day', () => {
    expect(formatEnglishDate('2024-10-01')).toBe('1 October 2024');
    expect(formatEnglishDate(BANGKOK_1_OCT)).toBe('1 October 2024');
    expect(formatEnglishDate(BANGKOK_30_SEP_LATE)).toBe('30 September 2024');
  });
});

describe('formatBuddhistYear', () => {
  it('gives the BE year of the Bangkok day', () => {
    expect(formatBuddhistYear('2024-10-01')).toBe(2567);
    expect(formatBuddhistYear('2025-01-01')).toBe(2568);
    expect(formatBuddhistYear(new Date('2024-12-31T17:00:00Z'))).toBe(2568);
    expect(formatBuddhistYear(new Date('2024-12-31T16:59:59Z'))).toBe(2567);
  });
});

describe('toIsoDate / parseIsoDate', () => {
  it('reads an ISO day as noon in Bangkok', () => {
    expect(parseIsoDate('2024-10-01').toISOString()).toBe('2024-10-01T05:00:00.000Z');
  });

  it('writes the Bangkok day of an instant', () => {
    expect(toIsoDate(BANGKOK_1_OCT)).toBe('2024-10-01');
    expect(toIsoDate(BANGKOK_30_SEP_LATE)).toBe('2024-09-30');
    expect(toIsoDate(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
  });

  it('refuses days that do not exist', () => {
    for (const bad of ['2025-02-29', '2024-13-01', '2024-10-32', '2024-10-1', 'tomorrow']) {
      expect(() => parseIsoDate(bad)).toThrow(RangeError);
    }
    expect(parseIsoDate('2024-02-29').toISOString()).toBe('2024-02-29T05:00:00.000Z');
  });

  it('round-trips every day of fiscal years 2567–2569', () => {
    const failures: string[] = [];
    for (
      let day = parseIsoDate('2023-10-01');
      toIsoDate(day) <= '2026-09-30';
      day = new Date(day.getTime() + 86_400_000)
    ) {
      const iso = toIsoDate(day);
      if (toIsoDate(parseIsoDate(iso)) !== iso) failures.push(iso);
    }
    expect(failures).toEqual([]);
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = zone;
        expect(toIsoDate(parseIsoDate('2024-10-01'))).toBe('2024-10-01');
        expect(toIsoDate(BANGKOK_1_OCT)).toBe('2024-10-01');
        expect(formatThaiDate('2024-09-30', { month: 'short' })).toBe('30 ก.ย. 67');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
