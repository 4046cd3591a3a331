import { describe, expect, it } from 'vitest';
import { interpretTables } from '@/lib/import/interpret-tables';
import type { SourceDocument, SourceTable } from '@/lib/import/types';

const HEADER = ['มาตรการ/กิจกรรม', 'ขั้นตอน', 'ระยะเวลา', 'ผู้รับผิดชอบ'];
const table = (index: number, rows: string[][], spanned: string[] = []): SourceTable => ({
  index,
  rows,
  spanned: new Set(spanned),
});
const doc = (...tables: SourceTable[]): SourceDocument => ({ file: 'f.txt', lines: [], tables });

describe('interpretTables', () => {
  it('sets the issue from section rows and skips headers repeated on every page', () => {
    const result = interpretTables(
      doc(
        table(1, [
          HEADER,
          ['ประเด็นที่ ๑ งานโปร่งใส', '', '', ''],
          ['ติดป้าย', 'ทำป้าย', 'ตลอดปีงบประมาณ', 'สำนักปลัด'],
          HEADER,
          ['2. บริการดี', '', '', ''],
          ['จัดคิว', 'ซื้อเครื่อง', '', 'กองคลัง'],
        ]),
      ),
    );
    expect(result.measures.map((m) => [m.section?.number, m.section?.label ?? null, m.cells[0]])).toEqual([
      [1, 'ประเด็น', 'ติดป้าย'],
      [2, null, 'จัดคิว'],
    ]);
  });

  it('joins a row without a title to the measure above, across a page-split table without header', () => {
    const result = interpretTables(
      doc(
        table(1, [HEADER, ['ประเด็นที่ 1 งาน', '', '', ''], ['ติดป้าย', '1. ทำป้าย', '', 'สำนักปลัด']]),
        table(2, [
          ['', '2. ติดป้าย', '', ''],
          ['--', '--', '--', '--'],
        ]),
      ),
    );
    expect(result.measures).toHaveLength(1);
    expect(result.measures[0]!.cells[1]).toBe('1. ทำป้าย\n2. ติดป้าย');
    expect(result.measures[0]!.continuedBy).toEqual(['2:1']);
    expect(result.notes.some((n) => n.place?.table === 2 && /continuation/.test(n.en))).toBe(true);
  });

  it('does not take a lone numbered step in another column for a section', () => {
    const result = interpretTables(
      doc(
        table(1, [HEADER, ['ประเด็นที่ 1 งาน', '', '', ''], ['ติดป้าย', 'ทำป้าย', '', 'สำนักปลัด'], ['', '2. ติดป้าย', '', '']]),
      ),
    );
    expect(result.measures).toHaveLength(1);
    expect(result.measures[0]!.section?.number).toBe(1);
  });

  it('reads the issue of each row from an indicator column, also when merged down', () => {
    const header = ['ตัวชี้วัด', ...HEADER];
    const result = interpretTables(
      doc(
        table(
          1,
          [
            header,
            ['ตัวชี้วัดที่ ๓ การใช้อำนาจ', 'ก', 'ข', '', 'ค'],
            ['ตัวชี้วัดที่ ๓ การใช้อำนาจ', 'ง', 'จ', '', 'ฉ'],
            ['ตัวชี้วัดที่ ๔ ทรัพย์สิน', 'ช', 'ซ', '', 'ฌ'],
          ],
          ['2,0'],
        ),
      ),
    );
    expect(result.measures.map((m) => [m.section?.number, m.section?.label, m.cells[1]])).toEqual([
      [3, 'ตัวชี้วัด', 'ก'],
      [3, 'ตัวชี้วัด', 'ง'],
      [4, 'ตัวชี้วัด', 'ช'],
    ]);
  });

  it('keeps tables of other kinds whole, and rows above a header in the notes', () => {
    const result = interpretTables(
      doc(
        table(1, [
          ['สรุปรายงาน', ''],
          ['รายการ', 'จำนวน'],
        ]),
        table(2, [['หัวเรื่องในตาราง', '', '', ''], HEADER, ['ก', 'ข', '', 'ค']]),
      ),
    );
    expect(result.others.map((o) => [o.kind, o.table.index])).toEqual([['unknown', 1]]);
    expect(result.notes.find((n) => n.place?.table === 2 && n.place.row === 1)?.text).toBe('หัวเรื่องในตาราง');
  });
});
