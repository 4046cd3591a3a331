import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  beToCe,
  ceToBe,
  fiscalQuarterRange,
  currentFiscalYear,
  fiscalYearOf,
  todayInBangkok,
  fiscalYearRange,
  reportRoundDueDate,
  reportRoundRange,
} from '@/lib/thai/fiscal-year';

describe('era conversion', () => {
  it('converts between the Buddhist and Christian eras', () => {
    expect(beToCe(2568)).toBe(2025);
    expect(ceToBe(2025)).toBe(2568);
    expect(beToCe(2500)).toBe(1957);
  });

  it('round-trips', () => {
    for (let year = 2400; year <= 2700; year += 1) expect(ceToBe(beToCe(year))).toBe(year);
  });

  it('refuses fractional years', () => {
    expect(() => beToCe(2568.5)).toThrow(RangeError);
    expect(() => ceToBe(Number.NaN)).toThrow(RangeError);
  });

  it('never hard-codes the era offset in the library sources', () => {
    const offset = String(ceToBe(2000) - 2000);
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/lib/thai');
    const sources = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(5);
    for (const name of sources) expect(readFileSync(path.join(dir, name), 'utf8')).not.toContain(offset);
  });
});

describe('fiscalYearOf', () => {
  it('puts October–December in the next fiscal year', () => {
    expect(fiscalYearOf('2024-09-30')).toBe(2567);
    expect(fiscalYearOf('2024-10-01')).toBe(2568);
    expect(fiscalYearOf('2024-12-31')).toBe(2568);
    expect(fiscalYearOf('2025-01-01')).toBe(2568);
    expect(fiscalYearOf('2025-09-30')).toBe(2568);
    expect(fiscalYearOf('2025-10-01')).toBe(2569);
  });

  it('uses the Bangkok day for instants', () => {
    expect(fiscalYearOf(new Date('2024-09-30T20:00:00Z'))).toBe(2568);
    expect(fiscalYearOf(new Date('2024-09-30T16:59:59Z'))).toBe(2567);
    expect(fiscalYearOf(new Date('2024-09-30T17:00:00Z'))).toBe(2568);
  });
});

describe('fiscalYearRange', () => {
  it('runs 1 October to 30 September', () => {
    expect(fiscalYearRange(2568)).toEqual({ start: '2024-10-01', end: '2025-09-30' });
    expect(fiscalYearRange(2566)).toEqual({ start: '2022-10-01', end: '2023-09-30' });
  });

  it('agrees with fiscalYearOf at both ends', () => {
    for (let year = 2560; year <= 2575; year += 1) {
      const { start, end } = fiscalYearRange(year);
      expect([fiscalYearOf(start), fiscalYearOf(end)]).toEqual([year, year]);
    }
  });
});

describe('report rounds', () => {
  it('covers 1 Oct–31 Mar for the 6-month round and the whole year for the 12-month round', () => {
    expect(reportRoundRange(2568, 6)).toEqual({ start: '2024-10-01', end: '2025-03-31' });
    expect(reportRoundRange(2568, 12)).toEqual({ start: '2024-10-01', end: '2025-09-30' });
  });

  it('falls due the day after the round closes', () => {
    expect(reportRoundDueDate(2568, 6)).toBe('2025-04-01');
    expect(reportRoundDueDate(2568, 12)).toBe('2025-10-01');
    expect(reportRoundDueDate(2567, 12)).toBe('2024-10-01');
  });
});

describe('fiscalQuarterRange', () => {
  it('starts the first quarter in October', () => {
    expect(fiscalQuarterRange(2568, 1)).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(fiscalQuarterRange(2568, 2)).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    expect(fiscalQuarterRange(2568, 3)).toEqual({ start: '2025-04-01', end: '2025-06-30' });
    expect(fiscalQuarterRange(2568, 4)).toEqual({ start: '2025-07-01', end: '2025-09-30' });
  });
});

describe('currentFiscalYear', () => {
  it('follows the Bangkok calendar, not the content: 2570 from 1 Oct 2026', () => {
    expect(currentFiscalYear({ ITA_TODAY: '2026-09-30' })).toBe(2569);
    expect(currentFiscalYear({ ITA_TODAY: '2026-10-01' })).toBe(2570);
    expect(currentFiscalYear({ ITA_TODAY: '2026-12-03' })).toBe(2570);
  });
  it('reads the day in Asia/Bangkok whatever the machine clock zone', () => {
    expect(todayInBangkok({})).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date()));
  });
});
