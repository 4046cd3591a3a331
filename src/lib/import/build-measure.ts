import type { FrameworkIssue } from '../../schemas/framework';
import { resolvePeriod } from '../../schemas/dates';
import { measureSchema } from '../../schemas/measure';
import type { MeasureStatus, ReportRound } from '../../schemas/status';
import { toArabicDigits } from '../thai/numerals';
import { ROLE_LABELS, type ColumnRole } from './columns';
import type { MeasureRow } from './interpret-tables';
import { splitListItems, stripMarker } from './list-items';
import { escapeMdx, mdxList, renderMdxFile } from './mdx-text';
import type { ImportNote } from './types';

/** One measure ready to be written. */
export interface BuiltMeasure {
  slug: string;
  /** Path inside the project, e.g. `content/measures/2568/m-1-2.mdx`. */
  path: string;
  /** The file's full text. */
  text: string;
  /** Front matter as written, for tests and the report. */
  data: Record<string, unknown>;
  /** True when the measure needs a person before it may be published. */
  draft: boolean;
}

export interface MeasureContext {
  file: string;
  fiscalYear: number;
  round?: ReportRound;
  issue: FrameworkIssue;
  order: number;
}

/** Text put where the report said nothing but the schema needs a value; the measure stays a draft until a person fills it in. */
export const MISSING = 'ไม่ระบุในรายงานเดิม (โปรดเติม)';
const KNOWN: ColumnRole[] = ['title', 'steps', 'period', 'responsible', 'outputs', 'outcomes', 'obstacles', 'issue', 'order', 'status'];

/** Turns a measure row into front matter and body, and says in the notes what a person must check. */
export function buildMeasure(row: MeasureRow, ctx: MeasureContext, notes: ImportNote[]): BuiltMeasure {
  const place = (role: ColumnRole) => {
    const column = row.columns.find((c) => c.role === role);
    return { table: row.table, row: row.row, ...(column ? { column: column.index + 1, header: column.header } : {}) };
  };
  const warn = (role: ColumnRole, th: string, en: string, text?: string) => notes.push({ severity: 'warning', file: ctx.file, place: place(role), th, en, ...(text ? { text } : {}) });
  const cell = (role: ColumnRole) => row.columns.filter((c) => c.role === role).map((c) => row.cells[c.index] ?? '').filter((t) => t.trim()).join('\n');
  const items = (role: ColumnRole) => splitListItems(cell(role));
  const body: string[] = [];
  let draft = false;

  const titleItems = items('title');
  let title = stripMarker(titleItems[0] ?? '');
  if (titleItems.length > 1) {
    body.push(`## กิจกรรมในมาตรการนี้\n\n${mdxList(titleItems)}`);
    warn('title', `ช่องชื่อมาตรการมี ${titleItems.length} ข้อ ใช้ข้อแรกเป็นชื่อ และแสดงทุกข้อในเนื้อหา`, `the title cell has ${titleItems.length} items; the first is the title and all are listed in the body`);
  }
  if (title.length < 3) {
    title = `มาตรการที่ ${ctx.order} ของ${ctx.issue.title}`;
    draft = true;
    warn('title', 'ไม่พบชื่อมาตรการ ตั้งชื่อชั่วคราวและเก็บเป็นฉบับร่าง', 'no measure title; a temporary title was written and the measure kept as a draft');
  }
  const required = (role: 'steps' | 'responsible'): string[] => {
    const list = items(role);
    if (list.length) return list;
    draft = true;
    warn(role, `ไม่มี${ROLE_LABELS[role]}ในรายงาน เขียน "${MISSING}" และเก็บเป็นฉบับร่าง`, `no ${role} in the report; wrote "${MISSING}" and kept the measure as a draft`);
    return [MISSING];
  };
  const steps = required('steps');
  const responsible = required('responsible');
  const outputs = items('outputs');
  const outcomes = items('outcomes');
  const obstacles = items('obstacles');

  const comments = [`นำเข้าจาก ${ctx.file} ตารางที่ ${row.table} แถวที่ ${row.row}${row.continuedBy.length ? ` (ต่อด้วย ${row.continuedBy.join(', ')})` : ''}`];
  const periodText = cell('period').replace(/\s+/g, ' ').trim();
  let period: string | undefined;
  if (periodText) {
    const resolved = resolvePeriod(periodText, ctx.fiscalYear);
    if (resolved.ok) period = periodText;
    else {
      draft = true;
      comments.push(`ระยะเวลาตามรายงานเดิม (อ่านไม่ได้): ${periodText}`);
      body.push(`## ระยะเวลาตามรายงานเดิม\n\n${escapeMdx(periodText)}`);
      notes.push({ severity: 'warning', file: ctx.file, place: place('period'), th: `อ่านระยะเวลาไม่ได้ เก็บข้อความไว้ในเนื้อหาและเก็บเป็นฉบับร่าง: ${resolved.message.split(' / ')[0]}`, en: `cannot read the period; its text is kept in the body and the measure kept as a draft: ${resolved.message.split(' / ').slice(1).join(' / ')}`, text: periodText });
    }
  }

  // A tick under "ดำเนินการแล้ว" says the status through its column's header.
  const statusText = row.columns
    .filter((c) => c.role === 'status')
    .map((c) => (TICK.test(row.cells[c.index]?.trim() ?? '') ? c.header : (row.cells[c.index] ?? '').trim()))
    .join('\n');
  const status = statusOf(statusText, outputs.length > 0, ctx.round);
  const allocated = amountOf(cell('budget'));
  const disbursed = allocated === undefined ? undefined : amountOf(cell('disbursed'));
  const used = new Set<ColumnRole>([...KNOWN, ...(allocated === undefined ? [] : ['budget' as const]), ...(disbursed === undefined ? [] : ['disbursed' as const])]);
  for (const column of row.columns) {
    const text = row.cells[column.index]?.trim();
    if (!text || (column.role && used.has(column.role))) continue;
    const heading = column.header.replace(/\s+/g, ' ').trim() || `คอลัมน์ที่ ${column.index + 1}`;
    body.push(`## ${escapeMdx(heading)}\n\n${mdxList(splitListItems(text))}`);
    notes.push({ severity: column.role === 'monitoring' ? 'info' : 'warning', file: ctx.file, place: { table: row.table, row: row.row, column: column.index + 1, header: heading }, th: `คอลัมน์ "${heading}" ไม่มีช่องในแบบฟอร์มมาตรการ เก็บไว้ในเนื้อหา`, en: `column "${heading}" has no field in the measure form; kept in the body` });
  }

  // Reports sometimes carry a citizen's ID number; such a measure waits for a person before it can be published.
  if (NATIONAL_ID.test(toArabicDigits(row.cells.join(' ')))) {
    draft = true;
    notes.push({ severity: 'warning', file: ctx.file, place: { table: row.table, row: row.row }, th: 'แถวนี้มีตัวเลขคล้ายเลขประจำตัวประชาชน 13 หลัก เก็บเป็นฉบับร่าง ให้ลบเลขออกก่อนเผยแพร่', en: 'this row holds what looks like a 13-digit national ID number; kept as a draft: remove the number before publishing' });
  }
  const slug = `m-${ctx.issue.number}-${ctx.order}`;
  const data: Record<string, unknown> = {
    fiscalYear: ctx.fiscalYear,
    issue: ctx.issue.code,
    order: ctx.order,
    title,
    steps,
    ...(period ? { period } : {}),
    responsible,
    ...(outputs.length ? { outputs } : {}),
    ...(outcomes.length ? { outcomes } : {}),
    ...(obstacles.length ? { obstacles } : {}),
    status,
    ...(allocated === undefined ? {} : { budget: { allocated, ...(disbursed === undefined ? {} : { disbursed }) } }),
    ...(ctx.round ? { progress: [{ round: ctx.round, status }] } : {}),
    oitTopics: ['integrity-measures'],
    draft,
  };
  const parsed = measureSchema.safeParse(data);
  if (!parsed.success) throw new Error(`measure ${slug} does not fit the schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const text = renderMdxFile(comments, data, body.join('\n\n'));
  return { slug, path: `content/measures/${ctx.fiscalYear}/${slug}.mdx`, text, data, draft };
}

const NATIONAL_ID = /(?<!\d)\d[ -]?\d{4}[ -]?\d{5}[ -]?\d{2}[ -]?\d(?!\d)/;
const TICK = /^[✓✔☑√✗xX/•*]+$/;

/** Baht written the way reports print it (`๑๒,๐๐๐ บาท`); `undefined` when it is not a plain amount. */
function amountOf(text: string): number | undefined {
  const plain = toArabicDigits(text).replace(/[,\s]|บาท|-/g, '');
  return /^\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : undefined;
}

/** Status from a status column when there is one; otherwise what the report's results imply. */
function statusOf(text: string, hasOutputs: boolean, round: ReportRound | undefined): MeasureStatus {
  if (/ไม่สามารถ|ไม่ได้ดำเนินการ|ยกเลิก/.test(text)) return 'not-done';
  if (/ยังไม่/.test(text)) return 'planned';
  if (/อยู่ระหว่าง|กำลัง/.test(text)) return 'in-progress';
  if (/แล้ว|เสร็จ|✓|✔|☑/.test(text)) return 'done';
  if (!hasOutputs) return 'planned';
  return round === 6 ? 'in-progress' : 'done';
}
