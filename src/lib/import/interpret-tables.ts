import { kindOfHeader, rolesOfRow, type ColumnRole, type TableKind } from './columns';
import { parseSection, type Section } from './sections';
import type { ImportNote, SourceDocument, SourceTable } from './types';

/** A column of a recognised table. */
export interface Column {
  /** 0-based position. */
  index: number;
  /** Header text as printed. */
  header: string;
  /** What the column holds; `undefined` when the header is not understood. */
  role?: ColumnRole;
}

/** One measure row (with any rows that continue it), before it is mapped to a year's framework. */
export interface MeasureRow {
  table: number;
  /** 1-based row of the measure in its table. */
  row: number;
  /** Rows that continued it, as `table:row`. */
  continuedBy: string[];
  section?: Section;
  columns: Column[];
  /** Cell texts, one per column; continuation rows are appended with a newline. */
  cells: string[];
}

/** A table of a kind other than measures, kept whole. */
export interface OtherTable {
  kind: TableKind;
  table: SourceTable;
  columns?: Column[];
  headerRow?: number;
}

export interface InterpretedDocument {
  measures: MeasureRow[];
  others: OtherTable[];
  notes: ImportNote[];
}

const EMPTY_OR_RULE = /^[\s\-–—=_:|.]*$/;

/**
 * Walks every table: finds its header (or carries the previous table's
 * columns over a page break), skips repeated headers, follows section rows
 * and joins rows that continue the row above.
 */
export function interpretTables(doc: SourceDocument): InterpretedDocument {
  const result: InterpretedDocument = { measures: [], others: [], notes: [] };
  let carried: Column[] | undefined;
  let section: Section | undefined;
  for (const table of doc.tables) {
    const headerAt = table.rows.findIndex((row) => kindOfHeader(rolesOfRow(row)) !== 'unknown');
    let columns: Column[] | undefined;
    let start = 0;
    if (headerAt >= 0) {
      const header = table.rows[headerAt]!;
      const roles = rolesOfRow(header);
      const kind = kindOfHeader(roles);
      columns = header.map((text, index) => ({ index, header: text, ...(roles[index] ? { role: roles[index] } : {}) }));
      if (kind !== 'measures') {
        result.others.push({ kind, table, columns, headerRow: headerAt });
        carried = undefined;
        continue;
      }
      for (let r = 0; r < headerAt; r += 1) keepLooseRow(doc, table, r, result.notes);
      start = headerAt + 1;
    } else if (carried && carried.length === (table.rows[0]?.length ?? 0)) {
      columns = carried;
      result.notes.push(note('info', doc.file, { table: table.index, row: 1 }, `ตารางที่ ${table.index} ไม่มีหัวตาราง ถือว่าต่อจากตารางก่อนหน้า (ตารางแยกหน้า)`, `table ${table.index} has no header; read as the continuation of the previous table (split across pages)`));
    } else {
      result.others.push({ kind: 'unknown', table });
      continue;
    }
    carried = columns;
    section = readRows(doc, table, start, columns, section, result);
  }
  return result;
}

function readRows(doc: SourceDocument, table: SourceTable, start: number, columns: Column[], section: Section | undefined, result: InterpretedDocument): Section | undefined {
  const headerKey = columns.map((c) => c.role ?? '').join('|');
  const titleAt = columns.find((c) => c.role === 'title')?.index ?? 0;
  const issueAt = columns.find((c) => c.role === 'issue')?.index;
  let current = section;
  for (let r = start; r < table.rows.length; r += 1) {
    const cells = table.rows[r]!.map((text, c) => (table.spanned.has(`${r},${c}`) && c !== issueAt ? '' : text));
    if (cells.every((cell) => EMPTY_OR_RULE.test(cell))) continue;
    if (rolesOfRow(cells).map((role) => role ?? '').join('|') === headerKey) continue;
    const filled = cells.flatMap((cell, c) => (cell.trim() ? [c] : []));
    if (issueAt !== undefined && cells[issueAt]) {
      const parsed = parseSection(cells[issueAt]!, { allowBareNumber: true });
      if (parsed) current = parsed;
      if (filled.length === 1) continue;
    } else if (filled.length === 1 && (filled[0] === titleAt || filled[0] === 0)) {
      const parsed = parseSection(cells[filled[0]!]!, { allowBareNumber: true });
      if (parsed) {
        current = parsed;
        continue;
      }
    }
    const previous = result.measures.at(-1);
    const isContinuation = !cells[titleAt]?.trim() && (issueAt === undefined || !cells[issueAt]?.trim() || table.spanned.has(`${r},${issueAt}`));
    if (isContinuation && previous) {
      cells.forEach((cell, c) => {
        if (c !== issueAt && cell.trim()) previous.cells[c] = [previous.cells[c], cell].filter(Boolean).join('\n');
      });
      previous.continuedBy.push(`${table.index}:${r + 1}`);
      result.notes.push(note('info', doc.file, { table: table.index, row: r + 1 }, `แถวนี้ไม่มีชื่อมาตรการ ถือเป็นส่วนต่อของมาตรการในตาราง ${previous.table} แถว ${previous.row}`, `this row has no measure title; joined to the measure in table ${previous.table}, row ${previous.row}`));
      continue;
    }
    result.measures.push({ table: table.index, row: r + 1, continuedBy: [], ...(current ? { section: current } : {}), columns, cells: [...cells] });
  }
  return current;
}

function keepLooseRow(doc: SourceDocument, table: SourceTable, r: number, notes: ImportNote[]): void {
  const text = table.rows[r]!.filter((cell) => cell.trim()).join(' | ');
  if (!text || EMPTY_OR_RULE.test(text)) return;
  notes.push({ ...note('warning', doc.file, { table: table.index, row: r + 1 }, 'แถวก่อนหัวตาราง ไม่ได้นำเข้าเป็นมาตรการ', 'row above the table header; not imported as a measure'), text });
}

export function note(severity: ImportNote['severity'], file: string, place: ImportNote['place'], th: string, en: string): ImportNote {
  return { severity, file, ...(place ? { place } : {}), th, en };
}
