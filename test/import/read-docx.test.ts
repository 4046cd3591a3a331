import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocxDocument, readHtmlDocument } from '@/lib/import/read-docx';

describe('readHtmlDocument', () => {
  it('spreads merged cells over the rows and columns they cover and marks the copies', () => {
    const doc = readHtmlDocument(
      'x.docx',
      '<p>หัวเรื่อง</p><table><thead><tr><th>ก</th><th>ข</th><th>ค</th></tr></thead><tr><td rowspan="2">ร่วม</td><td colspan="2">กว้าง</td></tr><tr><td>ง</td><td>จ</td></tr></table>',
    );
    expect(doc.lines).toEqual(['หัวเรื่อง']);
    expect(doc.tables[0]!.rows).toEqual([
      ['ก', 'ข', 'ค'],
      ['ร่วม', 'กว้าง', 'กว้าง'],
      ['ร่วม', 'ง', 'จ'],
    ]);
    expect([...doc.tables[0]!.spanned].sort()).toEqual(['1,2', '2,0']);
  });

  it('keeps the text of a table nested in a cell, one line per nested cell', () => {
    const doc = readHtmlDocument(
      'x.docx',
      '<table><tr><td>นอก<table><tr><td>ใน ๑</td><td>ใน ๒</td></tr></table></td><td>ข้าง</td></tr></table>',
    );
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows).toEqual([['นอก\nใน ๑\nใน ๒', 'ข้าง']]);
  });
});

describe('readDocxDocument', () => {
  it('reads a real Word file: numbering becomes "1." items and merged cells are spread', async () => {
    const file = join(process.cwd(), 'test', 'fixtures', 'import', 'merged-cells.docx');
    const doc = await readDocxDocument('merged-cells.docx', readFileSync(file));
    const rows = doc.tables[0]!.rows;
    expect(rows[1]![2]).toBe('1. รวบรวมรายงานการประชุม\n2. ตรวจทานข้อความ\n3. เผยแพร่บนเว็บไซต์');
    expect(rows[2]![0]).toBe(rows[1]![0]);
    expect(rows[3]).toEqual(Array(6).fill('ประเด็นที่ 2 การให้บริการประชาชนอย่างเป็นธรรม'));
  });

  it('explains a file that is not a Word document', async () => {
    await expect(readDocxDocument('broken.docx', Buffer.from('not a zip'))).rejects.toThrow(/save it again as \.docx/);
  });
});
