import { formatThaiDate } from '@/lib/thai';
import type { SheetRow } from './answer-sheet';

/** Shown wherever an item has no content yet. */
export const NO_CONTENT = 'ยังไม่มีข้อมูล';

const COLUMNS = [
  'รหัสข้อ (O)',
  'หัวข้อ',
  'URL',
  'URL เพิ่มเติม',
  'เส้นทางจากหน้าแรก',
  'ปรับปรุงล่าสุด',
  'สถานะข้อมูล',
  'ตัวชี้วัด',
  'ปีงบประมาณของข้อมูล',
];

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Thai as
 * mojibake), CRLF line ends, one row per OIT item. The first URL is the one to
 * paste into ITAS; the others follow in the next column.
 */
export function toAnswerSheetCsv(rows: SheetRow[]): string {
  const lines = [COLUMNS];
  for (const row of rows) {
    const [first, ...rest] = row.answers;
    lines.push([
      row.code,
      row.title,
      first?.url ?? NO_CONTENT,
      rest.map((a) => a.url).join('\n'),
      row.answers.map((a) => a.clickPath.join(' > ')).join('\n'),
      row.updated ? formatThaiDate(row.updated) : '',
      row.hasContent ? 'มีข้อมูล' : NO_CONTENT,
      String(row.indicator),
      String(row.coversYear),
    ]);
  }
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** JSON for machines: the same rows, dates as ISO days. */
export function toAnswerSheetJson(fiscalYear: number, rows: SheetRow[]): string {
  // Staff-only fields (note, confirmed, topics) never leave the build: the JSON is public.
  const items = rows.map(({ note: _note, confirmed: _confirmed, topics: _topics, ...row }) => row);
  return `${JSON.stringify({ fiscalYear, items }, null, 2)}\n`;
}
