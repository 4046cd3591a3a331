import type { ImportNote } from './types';

const LABEL: Record<ImportNote['severity'], string> = {
  error: 'ไม่ได้นำเข้า / NOT IMPORTED',
  warning: 'โปรดตรวจ / CHECK',
  info: 'ข้อมูล / INFO',
};

/** Where a note points, as a person reads it: file, table, row, column. */
export function formatPlace(note: ImportNote): string {
  const parts = [note.file];
  if (note.place) {
    parts.push(`ตาราง ${note.place.table}`, `แถว ${note.place.row}`);
    if (note.place.column)
      parts.push(
        `คอลัมน์ ${note.place.column}${note.place.header ? ` "${note.place.header.replace(/\s+/g, ' ')}"` : ''}`,
      );
  }
  return parts.join(' → ');
}

/** The report printed at the end of an import: problems first, then what to check, then what was done. */
export function formatReport(notes: readonly ImportNote[]): string {
  const order: ImportNote['severity'][] = ['error', 'warning', 'info'];
  return order
    .flatMap((severity) => notes.filter((n) => n.severity === severity))
    .map((n) => {
      const text = n.text ? `\n  ข้อความเดิม / source text: ${n.text.replace(/\n/g, ' ⏎ ')}` : '';
      return `${LABEL[n.severity]}: ${formatPlace(n)}\n  ${n.th}\n  ${n.en}${text}`;
    })
    .join('\n\n');
}

/** Counts for the closing line. */
export function countNotes(notes: readonly ImportNote[]): Record<ImportNote['severity'], number> {
  return {
    error: notes.filter((n) => n.severity === 'error').length,
    warning: notes.filter((n) => n.severity === 'warning').length,
    info: notes.filter((n) => n.severity === 'info').length,
  };
}
