import { candidateRoles, type ColumnRole } from './columns';
import type { Column } from './interpret-tables';

/**
 * A header names a column; its cells prove what it holds. Reports put the
 * deadline under "การดำเนินการ" and monitoring under "…กำหนดเวลาแล้วเสร็จ", so
 * the column whose cells read as dates is the period, whatever its header says.
 */

const MONTH_OR_SPAN =
  /(ต\.?ค\.|พ\.?ย\.|ธ\.?ค\.|ม\.?ค\.|ก\.?พ\.|มี\.?ค\.|เม\.?ย\.|พ\.?ค\.|มิ\.?ย\.|ก\.?ค\.|ส\.?ค\.|ก\.?ย\.|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ปีงบประมาณ|ไตรมาส)/;

/** A cell that reads as a date or a span of time: short, and naming a month, a quarter or the fiscal year. */
export function looksLikePeriod(cell: string): boolean {
  const text = cell.replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= 80 && MONTH_OR_SPAN.test(text);
}

function periodShare(rows: string[][], index: number): number {
  const cells = rows.map((row) => row[index]?.trim() ?? '').filter(Boolean);
  if (!cells.length) return 0;
  return cells.filter(looksLikePeriod).length / cells.length;
}

/** A change made because of the cells, for the report. */
export interface RoleChange {
  column: Column;
  from?: ColumnRole;
  to?: ColumnRole;
}

/**
 * Settles the period column by its cells: a column whose cells are mostly dates
 * becomes the period; a header-named period column whose cells are not dates
 * falls back to its next meaning (e.g. monitoring), or to none (kept in the body).
 */
export function settleRolesByCells(columns: Column[], body: string[][]): { columns: Column[]; changes: RoleChange[] } {
  // Only a column whose header leaves room for it can turn out to be the period: steps that name a month stay steps.
  const share = columns.map((c) =>
    c.role === undefined || c.role === 'period' || c.role === 'status' || c.role === 'monitoring'
      ? periodShare(body, c.index)
      : 0,
  );
  const best = share.reduce((at, value, i) => (value > (share[at] ?? 0) ? i : at), 0);
  const datesAt = (share[best] ?? 0) >= 0.6 ? best : undefined;
  const changes: RoleChange[] = [];
  const next = columns.map((column, i): Column => {
    const from = column.role;
    let to = from;
    if (i === datesAt) to = 'period';
    else if (from === 'period' && datesAt !== undefined)
      to = candidateRoles(column.header).find((r) => r !== 'period' && r !== 'status');
    if (to === from) return column;
    changes.push({ column, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    const { role: _dropped, ...rest } = column;
    return to ? { ...rest, role: to } : rest;
  });
  return { columns: next, changes };
}
