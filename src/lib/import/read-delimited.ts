import { htmlToText, tidyLine } from './html-text';
import type { SourceDocument, SourceTable } from './types';

/**
 * CSV, TSV and pasted text. Pasting a Word or PDF table gives tab-separated
 * rows; a paragraph of text or a blank line between them ends a table, which
 * is how the page breaks of the original report show up.
 */

/** One record of delimited text: its fields and the line it starts on (1-based). */
interface Record {
  fields: string[];
  line: number;
}

/**
 * Splits delimited text into records, honouring double quotes the way
 * spreadsheets write them (a quoted field may hold the delimiter, newlines and
 * doubled quotes). A quote inside an unquoted field is ordinary text, because
 * Thai reports quote words inside sentences.
 */
export function parseDelimited(text: string, delimiter: string): Record[] {
  const records: Record[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atFieldStart && ch === '"') {
      const close = findClosingQuote(text, i + 1);
      if (close > 0) {
        const raw = text.slice(i + 1, close);
        field += raw.replace(/""/g, '"');
        line += raw.split('\n').length - 1;
        i = close + 1;
        atFieldStart = false;
        continue;
      }
    }
    atFieldStart = false;
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      fields.push(field);
      records.push({ fields, line: start });
      fields = [];
      field = '';
      line += 1;
      start = line;
      atFieldStart = true;
    } else field += ch;
    i += 1;
  }
  if (field.length > 0 || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: start });
  }
  return records;
}

/** A closing quote is one followed by a delimiter, a line end or the end of the text. */
function findClosingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined || next === '\t' || next === ',' || next === '\n' || next === '\r') return i;
  }
  return -1;
}

function toTable(records: Record[], index: number): SourceTable {
  const width = Math.max(...records.map((r) => r.fields.length));
  const rows = records.map((r) => {
    const cells = r.fields.map(htmlToText);
    while (cells.length < width) cells.push('');
    return cells;
  });
  return { index, rows, spanned: new Set(), line: records[0]!.line };
}

/** Reads a `.csv` or `.tsv` file: the whole file is one table. */
export function readDelimitedDocument(file: string, text: string, delimiter: ',' | '\t'): SourceDocument {
  const records = parseDelimited(text.replace(/^\uFEFF/, ''), delimiter).filter((r) => r.fields.some((f) => f.trim()));
  return { file, lines: [], tables: records.length ? [toTable(records, 1)] : [] };
}

/**
 * Reads pasted text: runs of lines with at least one tab are tables, every
 * other non-empty line is a paragraph (title lines, introductions).
 */
export function readTextDocument(file: string, text: string): SourceDocument {
  const lines: string[] = [];
  const tables: SourceTable[] = [];
  let before: string[] = [];
  let run: Record[] = [];
  const addLine = (raw: string): void => {
    const line = tidyLine(htmlToText(raw));
    if (!line) return;
    lines.push(line);
    before.push(line);
  };
  const flush = (): void => {
    // A memo's "ที่ …<tab>วันที่ …" line is a tab-aligned header line, not a table.
    if (run.length === 1 && MEMO_LINE.test(run[0]!.fields[0]!.trim())) addLine(run[0]!.fields.join(' '));
    else if (run.length) {
      tables.push({ ...toTable(run, tables.length + 1), before });
      before = [];
    }
    run = [];
  };
  for (const record of parseDelimited(text.replace(/^\uFEFF/, ''), '\t')) {
    if (record.fields.length >= 2) {
      run.push(record);
      continue;
    }
    flush();
    addLine(record.fields[0] ?? '');
  }
  flush();
  return { file, lines, tables };
}

/** First words of a Thai government memo's header lines (บันทึกข้อความ). */
const MEMO_LINE = /^(บันทึกข้อความ|ส่วนราชการ|ที่\s|วันที่|เรื่อง|เรียน|สิ่งที่ส่งมาด้วย|อ้างถึง)/;
