import type { MeasureStatus } from '@/schemas/status';
import type { MeasureContext } from './build-measure';
import type { MeasureRow } from './interpret-tables';
import type { ImportNote } from './types';

const TICK = /^[✓✔☑√✗xX/•*]+$/;

/**
 * The status only as the report says it: the words or tick of a status column,
 * or, listed for checking, what a filled results column implies. Nothing when
 * the report is silent.
 */
export function readStatus(
  row: MeasureRow,
  ctx: MeasureContext,
  outputs: string[],
  notes: ImportNote[],
): MeasureStatus | undefined {
  const columns = row.columns.filter((c) => c.role === 'status');
  // A tick under "ดำเนินการแล้ว" says the status through its column's header.
  const statusText = columns
    .map((c) => (TICK.test(row.cells[c.index]?.trim() ?? '') ? c.header : (row.cells[c.index] ?? '').trim()))
    .join('\n')
    .trim();
  const check = (status: MeasureStatus, th: string, en: string, text: string) => {
    notes.push({
      severity: 'warning',
      file: ctx.file,
      place: { table: row.table, row: row.row },
      th: `สถานะ "${status}" ${th} โปรดตรวจ`,
      en: `status "${status}" ${en}; check it`,
      text,
    });
    return status;
  };
  if (statusText) {
    const stated = statusOf(statusText);
    if (stated) return stated;
    notes.push({
      severity: 'warning',
      file: ctx.file,
      place: { table: row.table, row: row.row },
      th: 'อ่านสถานะจากคอลัมน์สถานะไม่ได้ เว้นช่องไว้ให้เติม',
      en: 'cannot read the status column; the status is left empty to fill in',
      text: statusText,
    });
    return undefined;
  }
  if (outputs.length)
    return check(
      ctx.round === 12 ? 'done' : 'in-progress',
      `เดาจากช่องผลการดำเนินการที่มีข้อความ (รายงานรอบ ${ctx.round ?? 'ไม่ระบุ'})`,
      `guessed from the filled results column (round ${ctx.round ?? 'not given'})`,
      outputs.join(' ⏎ '),
    );
  if (!ctx.hasOutputsColumn && !columns.length)
    return check(
      'planned',
      'เพราะตารางเป็นแผน (ไม่มีคอลัมน์ผลการดำเนินการ)',
      'because the table is a plan (no results column)',
      row.cells.filter(Boolean)[0] ?? '',
    );
  return undefined;
}

/** Status as a status column's words say it; `undefined` when they say none of them. */
function statusOf(text: string): MeasureStatus | undefined {
  // "ยังไม่ได้ดำเนินการ" is not yet started, not "could not be done".
  if (/ยังไม่/.test(text)) return 'planned';
  if (/ไม่สามารถ|ไม่ได้ดำเนินการ|ยกเลิก/.test(text)) return 'not-done';
  if (/อยู่ระหว่าง|กำลัง/.test(text)) return 'in-progress';
  if (/แล้ว|เสร็จ|✓|✔|☑/.test(text)) return 'done';
  return undefined;
}
