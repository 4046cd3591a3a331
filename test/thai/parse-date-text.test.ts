import { describe, expect, it } from 'vitest';
import { formatThaiDate } from '@/lib/thai/dates';
import { insertWordBreaks } from '@/lib/thai/segment';
import { parseThaiDate, parseThaiDateText, type DateTextResult } from '@/lib/thai/parse-date-text';

const FY2568 = { start: '2024-10-01', end: '2025-09-30', wholeFiscalYear: true, fiscalYear: 2568 };
const day = (iso: string, fiscalYear: number) => ({ start: iso, end: iso, wholeFiscalYear: false, fiscalYear });

function expectRead(result: DateTextResult) {
  if (!result.ok) throw new Error(`expected a reading, got: ${result.reasonEn}`);
  return result;
}

describe('parseThaiDateText — forms from the brief and from real reports', () => {
  it.each<[string, object]>([
    ['๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘', FY2568],
    ['ต.ค.๖๗-ก.ย.๖๘', FY2568],
    ['ต.ค. ๖๗ – ก.ย. ๖๘', FY2568],
    ['ตลอดปีงบประมาณ 2568', FY2568],
    ['ปีงบประมาณ พ.ศ. ๒๕๖๘', FY2568],
    ['ปีงบประมาณ 68', FY2568],
    ['ทั้งปีงบประมาณ ๒๕๖๘', FY2568],
    ['๒๗ ธ.ค.๖๗', day('2024-12-27', 2568)],
    [
      '๑ ตุลาคม พ.ศ.๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖',
      { start: '2022-10-01', end: '2023-09-30', wholeFiscalYear: true, fiscalYear: 2566 },
    ],
    ['1 ม.ค. 2568', day('2025-01-01', 2568)],
    ['1 กรกฏาคม 2568', day('2025-07-01', 2568)],
    ['ตุลาคม 2567', { start: '2024-10-01', end: '2024-10-31', wholeFiscalYear: false, fiscalYear: 2568 }],
    ['1-30 ก.ย. 68', { start: '2025-09-01', end: '2025-09-30', wholeFiscalYear: false, fiscalYear: 2568 }],
    ['1 ต.ค. - 31 ธ.ค. 67', { start: '2024-10-01', end: '2024-12-31', wholeFiscalYear: false, fiscalYear: 2568 }],
    ['27 ธ.ค. 67 - 3 ม.ค. 68', { start: '2024-12-27', end: '2025-01-03', wholeFiscalYear: false, fiscalYear: 2568 }],
    ['1 ก.ย. 68 - 31 ต.ค. 68', { start: '2025-09-01', end: '2025-10-31', wholeFiscalYear: false }],
    ['2024-10-01', day('2024-10-01', 2568)],
    ['2024-10-01 ถึง 2025-09-30', FY2568],
    ['27/12/2567', day('2024-12-27', 2568)],
    ['๒๗/๑๒/๖๗', day('2024-12-27', 2568)],
    ['29 ก.พ. 67', day('2024-02-29', 2567)],
    ['1 ต.ค. ค.ศ. 2024', day('2024-10-01', 2568)],
    ['ไตรมาสที่ 1 ปีงบประมาณ 2568', { start: '2024-10-01', end: '2024-12-31', wholeFiscalYear: false, fiscalYear: 2568 }],
    [
      'รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2568',
      { start: '2024-10-01', end: '2025-03-31', wholeFiscalYear: false, fiscalYear: 2568 },
    ],
    ['รอบ 12 เดือน ปีงบประมาณ 2568', FY2568],
    ['วันอังคารที่ 1 ตุลาคม 2567', day('2024-10-01', 2568)],
  ])('%s', (text, expected) => {
    expect(parseThaiDateText(text)).toEqual({ ok: true, ...expected });
  });
});

describe('parseThaiDateText — tolerance', () => {
  it.each([
    '  ๑   ต.ค.  ๖๗   ถึง  ๓๐ ก.ย.   ๖๘ ',
    '<p>๑ ต.ค. ๖๗ ถึง ๓๐ ก.ย. ๖๘</p>',
    'ตั้งแต่วันที่ ๑ ต.ค. ๖๗ ถึงวันที่ ๓๐ ก.ย. ๖๘',
    'ตั้งแต่ 1 ตุลาคม พ.ศ. 2567 จนถึง 30 กันยายน พ.ศ. 2568',
    'ระหว่างวันที่ 1 ต.ค. 67 และ 30 ก.ย. 68',
    '1 ต. ค. 67 - 30 ก. ย. 68',
    '1 ต.ค 67 ถึง 30 ก.ย 68',
    '(1 ต.ค. 67 – 30 ก.ย. 68)',
    '1 ต.ค. 67 — 30 ก.ย. 68',
    insertWordBreaks('ตั้งแต่วันที่ 1 ตุลาคม 2567 ถึงวันที่ 30 กันยายน 2568'),
  ])('%s', (text) => {
    expect(parseThaiDateText(text)).toEqual({ ok: true, ...FY2568 });
  });

  it('reads a single day framed by วันที่ / ณ', () => {
    expect(expectRead(parseThaiDateText('วันที่ 27 ธันวาคม 2567')).start).toBe('2024-12-27');
    expect(expectRead(parseThaiDateText('ณ วันที่ 27 ธ.ค. 67')).start).toBe('2024-12-27');
  });
});

describe('parseThaiDateText — fiscal-year context', () => {
  const context = { fiscalYear: 2568 };

  it('reads ตลอดปี / ทั้งปี / ปีงบประมาณ as the context year', () => {
    for (const text of ['ตลอดปี', 'ทั้งปี', 'ตลอดทั้งปี', 'ตลอดปีงบประมาณ', 'ปีงบประมาณ']) {
      expect(parseThaiDateText(text, context), text).toEqual({ ok: true, ...FY2568 });
    }
  });

  /** Reads `text` in the context year: it must give the days from `start` to `end`. */
  const expectSpan = (text: string, start: string, end: string) =>
    expect(parseThaiDateText(text, context), text).toMatchObject({ ok: true, start, end });

  it('puts October–December in the calendar year before the fiscal year ends', () => {
    expectSpan('1 ต.ค. - 31 ธ.ค.', '2024-10-01', '2024-12-31');
    expect(parseThaiDateText('ต.ค. - ก.ย.', context)).toEqual({ ok: true, ...FY2568 });
    expectSpan('1 ม.ค.', '2025-01-01', '2025-01-01');
    expectSpan('พฤศจิกายน', '2024-11-01', '2024-11-30');
    expectSpan('ไตรมาส 2', '2025-01-01', '2025-03-31');
    expectSpan('รอบ 6 เดือน', '2024-10-01', '2025-03-31');
  });

  it('lets a year-less start borrow the end year, or the fiscal year when borrowing reverses it', () => {
    expectSpan('1 ต.ค. - 31 มี.ค. 68', '2024-10-01', '2025-03-31');
    expectSpan('1 ต.ค. - 31 ธ.ค. 68', '2025-10-01', '2025-12-31');
  });

  it('keeps written years over the context', () => {
    expect(parseThaiDateText('ปีงบประมาณ 2566', context)).toMatchObject({
      ok: true,
      start: '2022-10-01',
      fiscalYear: 2566,
    });
  });

  it('refuses a context that is not a BE year', () => {
    expect(() => parseThaiDateText('ตลอดปี', { fiscalYear: 2025 })).toThrow(RangeError);
  });
});

describe('parseThaiDateText — never guesses', () => {
  it.each<[string, RegExp]>([
    ['', /no date text/],
    ['--', /no date text/],
    ['ตลอดปี', /no year is given/],
    ['ทั้งปี', /no year is given/],
    ['ปีงบประมาณ', /no year is given/],
    ['1 ต.ค.', /no year is given/],
    ['ตุลาคม', /no year is given/],
    ['ไตรมาส 2', /no year is given/],
    ['31 ก.พ. 68', /no such day.*2025-02-31/],
    ['29 ก.พ. 68', /no such day/],
    ['31 เม.ย. 2568', /no such day/],
    ['0 ต.ค. 67', /no such day/],
    ['1/13/2567', /no such day/],
    ['2025-02-30', /no such day/],
    ['30 ก.ย. 68 ถึง 1 ต.ค. 67', /end \(2024-10-01\) comes before the start \(2025-09-30\)/],
    ['2025-10-01 ถึง 2025-09-30', /comes before the start/],
    ['1 ต.ค. - 31 มี.ค. 68', /comes before the start/],
    ['1 ต.ค. 2024', /2024 looks like a Christian-era year/],
    ['1 ตุลาคม 1967', /looks like a Christian-era year/],
    ['13/1/2024', /looks like a Christian-era year/],
    ['1 ต.ค. 267', /cannot read the year "267"/],
    ['1 ต.ค. 3000', /cannot read the year/],
    ['ปีงบประมาณ พ.ศ. 2025', /cannot read the year/],
    ['ดำเนินการตามความเหมาะสม', /not part of a date/],
    ['ภายในเดือน ต.ค. 67', /not part of a date: "ภายใน"/],
    ['ไตรมาส 5 ปีงบประมาณ 2568', /unrecognised/],
    ['ไตรมาส 1/2568', /calendar year or the fiscal year/],
    ['รอบ 9 เดือน', /unrecognised/],
    ['ปี 2568', /calendar year or the fiscal year/],
    ['พ.ศ. 2568', /calendar year or the fiscal year/],
    ['2568', /calendar year or the fiscal year/],
    ['ตลอดปี 2568', /calendar year or the fiscal year/],
    ['๑ ต.ค.๖๗ และ ๑ เม.ย. ๖๘', /several dates/],
    ['1, 15 ต.ค. 67', /several dates/],
    ['1 - 2 - 3 ต.ค. 67', /more than one range separator/],
    ['1 ต.ค. 67 -', /missing its start or its end/],
    ['ถึง 30 ก.ย. 68', /missing its start or its end/],
    ['1 ต.ค. 67 - 30', /missing its start or its end/],
    ['15', /day number without a month/],
    ['ตั้งแต่ 1 ต.ค. 67', /open-ended/],
    ['1 ต.ค. 67 เป็นต้นไป', /open-ended/],
    ['วันพุธที่ 1 ตุลาคม 2567', /weekday named does not match 2024-10-01/],
    ['ปีงบประมาณ 2568 ถึง ปีงบประมาณ 2569', /unrecognised/],
  ])('%j', (text, reasonEn) => {
    const result = parseThaiDateText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.text).toBe(text);
    expect(result.reasonEn).toMatch(reasonEn);
    expect(result.reason).toMatch(/[\u0e01-\u0e4e]/);
  });
});

describe('parseThaiDate', () => {
  it('reads one day in any written form', () => {
    for (const text of [
      '๒๗ ธ.ค.๖๗',
      '27 ธันวาคม 2567',
      'วันศุกร์ที่ 27 ธันวาคม 2567',
      '27/12/2567',
      '2024-12-27',
      'วันที่ ๒๗ ธ.ค. ๒๕๖๗',
    ]) {
      expect(parseThaiDate(text), text).toEqual({ ok: true, date: '2024-12-27' });
    }
  });

  it('accepts an effective-from day, whose one day is certain', () => {
    expect(parseThaiDate('ตั้งแต่วันที่ 1 ต.ค. 2567 เป็นต้นไป')).toEqual({ ok: true, date: '2024-10-01' });
  });

  it('uses the fiscal year for a day written without a year', () => {
    expect(parseThaiDate('15 พ.ย.', { fiscalYear: 2568 })).toEqual({ ok: true, date: '2024-11-15' });
    expect(parseThaiDate('15 พ.ค.', { fiscalYear: 2568 })).toEqual({ ok: true, date: '2025-05-15' });
  });

  it('refuses periods, months and unreadable text with both reasons', () => {
    for (const text of ['ต.ค. 67', '1-5 ต.ค. 67', 'ตลอดปีงบประมาณ 2568', '31 ก.พ. 68', 'เร็วๆ นี้']) {
      const result = parseThaiDate(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok)
        expect([result.text, result.reason.length > 0, result.reasonEn.length > 0]).toEqual([text, true, true]);
    }
  });

  it('reads back every format the formatter writes, for three fiscal years', () => {
    const failures: string[] = [];
    for (let time = Date.UTC(2023, 9, 1); time <= Date.UTC(2026, 8, 30); time += 86_400_000) {
      const iso = new Date(time).toISOString().slice(0, 10);
      for (const month of ['long', 'short'] as const) {
        for (const digits of ['thai', 'arabic'] as const) {
          for (const weekday of [false, true]) {
            const text = formatThaiDate(iso, { month, digits, weekday });
            const parsed = parseThaiDate(text);
            if (!parsed.ok || parsed.date !== iso) failures.push(`${iso} ${text}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
