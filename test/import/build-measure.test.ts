import { describe, expect, it } from 'vitest';
import { buildMeasure, MISSING } from '@/lib/import/build-measure';
import type { ColumnRole } from '@/lib/import/columns';
import type { MeasureRow } from '@/lib/import/interpret-tables';
import type { ImportNote } from '@/lib/import/types';

const ROLES: ColumnRole[] = ['title', 'steps', 'period', 'responsible'];
const issue = { code: 'open-work', number: 1, title: 'งานโปร่งใส', questions: [] };
const rowOf = (cells: string[]): MeasureRow => ({
  table: 1,
  row: 2,
  continuedBy: [],
  columns: ROLES.map((role, index) => ({ index, header: role, role })),
  cells,
});
const build = (cells: string[], notes: ImportNote[] = []) =>
  buildMeasure(rowOf(cells), { file: 'f.txt', fiscalYear: 2568, issue, order: 3 }, notes);

describe('buildMeasure', () => {
  it('writes a stable ASCII slug from the issue number and the order', () => {
    const built = build(['ติดป้าย', 'ทำป้าย', 'ตลอดปีงบประมาณ', 'สำนักปลัด']);
    expect(built.slug).toBe('m-1-3');
    expect(built.path).toBe('content/measures/2568/m-1-3.mdx');
    expect(built.text.startsWith('---\n# นำเข้าจาก f.txt ตารางที่ 1 แถวที่ 2\nfiscalYear: 2568\n')).toBe(true);
  });

  it('leaves a field the report does not give empty, with a comment, and keeps the measure a draft', () => {
    const notes: ImportNote[] = [];
    const built = build(['ติดป้าย', '', '', ''], notes);
    expect(built.data).toMatchObject({ steps: null, responsible: null, period: null, draft: true });
    expect(built.text).toMatch(/^steps: # ต้องเติม/m);
    expect(built.text).toMatch(/^responsible: # ต้องเติม/m);
    expect(built.text).toMatch(/^period: # ต้องเติม/m);
    expect(built.text).not.toContain(MISSING);
    expect(built.draftReasons).toEqual(['steps', 'responsible', 'period']);
    expect(notes.filter((n) => /kept as a draft/.test(n.en))).toHaveLength(3);
  });

  it('writes no status the report does not state: a results column left empty leaves status empty', () => {
    const columns = [...rowOf([]).columns, { index: 4, header: 'ผลการดำเนินงาน', role: 'outputs' as const }];
    const built = buildMeasure(
      { ...rowOf(['ติดป้าย', 'ทำป้าย', 'ตลอดปีงบประมาณ', 'สำนักปลัด', '']), columns },
      { file: 'f', fiscalYear: 2568, round: 12, issue, order: 1, hasOutputsColumn: true },
      [],
    );
    expect(built.data.status).toBeNull();
    expect(built.text).toMatch(/^status: # ต้องเติม/m);
    expect(built.text).not.toMatch(/^progress:/m);
    const notes: ImportNote[] = [];
    const done = buildMeasure(
      { ...rowOf(['ติดป้าย', 'ทำป้าย', 'ตลอดปีงบประมาณ', 'สำนักปลัด', 'ติดครบแล้ว']), columns },
      { file: 'f', fiscalYear: 2568, round: 12, issue, order: 1, hasOutputsColumn: true },
      notes,
    );
    expect(done.data.status).toBe('done');
    expect(
      notes.some(
        (n) => n.severity === 'warning' && /guessed from the filled results column/.test(n.en) && n.text === 'ติดครบแล้ว',
      ),
    ).toBe(true);
  });

  it('escapes text that MDX would read as code or markup', () => {
    const built = buildMeasure(
      {
        ...rowOf(['ติดป้าย', 'ทำป้าย', '', 'สำนักปลัด', '{ราคา} <ไม่เกิน> *ห้าพัน*']),
        columns: [...rowOf([]).columns, { index: 4, header: 'หมายเหตุ' }],
      },
      { file: 'f', fiscalYear: 2568, issue, order: 1 },
      [],
    );
    expect(built.text).toContain('- \\{ราคา\\} \\<ไม่เกิน\\> \\*ห้าพัน\\*');
  });

  it('keeps a measure with something like a national ID number as a draft and says why', () => {
    const notes: ImportNote[] = [];
    expect(build(['ติดป้าย', 'แจ้งผู้ร้อง ๑ ๒๓๔๕ ๖๗๘๙๐ ๑๒ ๓', '', 'สำนักปลัด'], notes).draft).toBe(true);
    expect(notes.some((n) => /national ID/.test(n.en))).toBe(true);
    expect(build(['ติดป้าย', 'จัดซื้อ 2568 จำนวน 1234567 บาท', 'ตลอดปีงบประมาณ', 'สำนักปลัด']).draft).toBe(false);
  });
});
