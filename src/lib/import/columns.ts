import { toArabicDigits } from '@/lib/thai/numerals';

/**
 * Recognises a table's columns by the meaning of their Thai headers, which
 * every agency words differently ("ขั้นตอน", "วิธีการปฏิบัติ",
 * "วิธีการดำเนินการ" are the same column). Rules are tried in order, so a
 * header such as "ผลการดำเนินการตามมาตรการ" is an output column, not a title.
 */
export type ColumnRole =
  | 'order'
  | 'issue'
  | 'title'
  | 'steps'
  | 'period'
  | 'responsible'
  | 'outputs'
  | 'outcomes'
  | 'obstacles'
  | 'monitoring'
  | 'score'
  | 'fix'
  | 'budget'
  | 'disbursed'
  | 'status';

/** Thai names of the roles, for the report. */
export const ROLE_LABELS: Record<ColumnRole, string> = {
  order: 'ลำดับ',
  issue: 'ประเด็น/ตัวชี้วัด',
  title: 'มาตรการ/กิจกรรม',
  steps: 'ขั้นตอน',
  period: 'ระยะเวลา',
  responsible: 'ผู้รับผิดชอบ',
  outputs: 'ผลการดำเนินการ (output)',
  outcomes: 'ผลลัพธ์ (outcome)',
  obstacles: 'อุปสรรค',
  monitoring: 'การรายงานผลและการกำกับติดตาม',
  score: 'คะแนน',
  fix: 'ประเด็นที่ต้องแก้ไข',
  budget: 'งบประมาณ',
  disbursed: 'เบิกจ่าย',
  status: 'สถานะ',
};

const RULES: [ColumnRole, RegExp][] = [
  ['fix', /ต้องแก้ไข|ข้อบกพร่อง|จุดอ่อน|ประเด็นที่ต้อง/],
  ['score', /คะแนน|ร้อยละ|score|%/],
  ['disbursed', /เบิกจ่าย|ใช้จ่ายจริง/],
  // "กำหนดเวลาแล้วเสร็จ" is a deadline, not a status; which column really holds dates is settled by its cells.
  ['period', /กำหนดเวลา|กำหนดแล้วเสร็จ/],
  ['budget', /งบประมาณ|budget|จำนวนเงิน/],
  ['status', /สถานะ|status|ยังไม่ดำเนินการ|ยังไม่ได้ดำเนินการ|อยู่ระหว่าง|^ดำเนินการแล้ว|แล้วเสร็จ|^✓|^✔/],
  ['obstacles', /อุปสรรค|ปัญหา|ข้อจำกัด|obstacle/],
  ['monitoring', /การรายงานผล|กำกับติดตาม|ติดตามผล|ติดตามและประเมิน/],
  ['outcomes', /ผลลัพธ์|ผลสัมฤทธิ์|outcome|ความสำเร็จ|ตัวชี้วัดความสำเร็จ/],
  ['outputs', /ผลการดำเนิน|ผลการปฏิบัติ|สรุปผล|output|ผลผลิต|ผลงาน/],
  ['period', /ระยะเวลา|ช่วงเวลา|ห้วงเวลา|วันที่|กำหนดเวลา|period/],
  ['responsible', /รับผิดชอบ|หน่วยงาน|ผู้ดำเนินการ|responsib/],
  ['steps', /ขั้นตอน|วิธีการ|วิธีดำเนิน|แนวทางการดำเนิน|แนวทางปฏิบัติ|step/],
  ['issue', /ตัวชี้วัด|^ชี้วัด|ประเด็น|indicator/],
  ['title', /มาตรการ|โครงการ|กิจกรรม|แนวทาง|measure|activit|project/],
  ['order', /^(ลำดับ|ที่|ข้อ|no\.?)$/],
];

/** The role of one header cell, or `undefined` when its meaning is not known. */
export function roleOfHeader(header: string): ColumnRole | undefined {
  const candidates = candidateRoles(header);
  // "ผลการดำเนินงาน/ปัญหาอุปสรรค" holds results and obstacles mixed: neither field may claim it, so it stays in the body under its own heading.
  if (candidates.includes('outputs') && candidates.includes('obstacles')) return undefined;
  return candidates[0];
}

/** Every role a header's words could mean, most likely first; the cells below decide between them. */
export function candidateRoles(header: string): ColumnRole[] {
  const text = toArabicDigits(header).toLowerCase().replace(/\s+/g, '');
  if (!text) return [];
  return [...new Set(RULES.filter(([, pattern]) => pattern.test(text)).map(([role]) => role))];
}

/** The roles of a row read as a header, one per cell (`undefined` for unknown or empty cells). */
export function rolesOfRow(row: string[]): (ColumnRole | undefined)[] {
  // A header cell is short; a long cell that merely mentions "มาตรการ" is content.
  return row.map((cell) => (cell.length > 0 && cell.length <= 80 ? roleOfHeader(cell) : undefined));
}

/** What a table holds, judged from its header. */
export type TableKind = 'measures' | 'score-analysis' | 'project-status' | 'unknown';

/** Judges a header row. A header needs at least two recognised, different columns. */
export function kindOfHeader(roles: (ColumnRole | undefined)[]): TableKind {
  const set = new Set(roles.filter((r): r is ColumnRole => r !== undefined));
  if (set.size < 2) return 'unknown';
  if (set.has('score') && (set.has('fix') || set.has('issue'))) return 'score-analysis';
  if ((set.has('disbursed') || set.has('status')) && !set.has('steps')) return 'project-status';
  if (set.has('title') && (set.has('steps') || set.has('responsible') || set.has('outputs'))) return 'measures';
  // An improvement plan often has no column named มาตรการ: steps and a responsible unit are evidence enough.
  if (set.has('steps') && set.has('responsible')) return 'measures';
  if (set.has('budget') && set.has('title') && !set.has('steps')) return 'project-status';
  return 'unknown';
}
