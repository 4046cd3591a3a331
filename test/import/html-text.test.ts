import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/lib/import/html-text';
import { parseDelimited, readDelimitedDocument, readTextDocument } from '@/lib/import/read-delimited';

describe('htmlToText', () => {
  // Paragraphs, list items and breaks become lines, other tags are dropped, entities decoded and spaces tidied;
  // the plain text that gives is a plain cell, which comes through unchanged.
  it.each([
    ['<p>ข้อแรก</p><p>ข้อสอง<br>ต่อ</p>', 'ข้อแรก\nข้อสอง\nต่อ'],
    ['<ol style="list-style-type: none"> <li>หนึ่ง</li><li><b>สอง</b></li></ol>', 'หนึ่ง\nสอง'],
    ['Do&apos;s &amp;  Don&#39;ts&nbsp;ค่ะ', "Do's & Don'ts ค่ะ"],
  ])('turns %j into %j', (fragment, text) => {
    expect(htmlToText(fragment)).toBe(text);
    expect(htmlToText(text)).toBe(text);
  });
});

describe('reading delimited text', () => {
  it('keeps quoted fields with commas, newlines and doubled quotes', () => {
    const [record] = parseDelimited('"a, b","line 1\nline 2","say ""hi"""', ',');
    expect(record!.fields).toEqual(['a, b', 'line 1\nline 2', 'say "hi"']);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseDelimited('คำว่า "ดี" มาก\tต่อ', '\t')[0]!.fields).toEqual(['คำว่า "ดี" มาก', 'ต่อ']);
  });

  it('splits pasted text into title lines and tables at blank lines', () => {
    const doc = readTextDocument('x.txt', 'หัวเรื่อง\n\nก\tข\nค\tง\n\nบรรทัดคั่น\nจ\tฉ\n');
    expect(doc.lines).toEqual(['หัวเรื่อง', 'บรรทัดคั่น']);
    expect(doc.tables.map((t) => t.rows)).toEqual([
      [
        ['ก', 'ข'],
        ['ค', 'ง'],
      ],
      [['จ', 'ฉ']],
    ]);
    expect(doc.tables[1]!.line).toBe(7);
  });

  it('reads a whole TSV file as one table, padding short rows', () => {
    const doc = readDelimitedDocument('x.tsv', '\uFEFFก\tข\tค\r\nง\tจ\r\n\r\n', '\t');
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows).toEqual([
      ['ก', 'ข', 'ค'],
      ['ง', 'จ', ''],
    ]);
  });
});
