import type { FrameworkIssue } from '@/schemas/framework';
import { resolvePeriod } from '@/schemas/dates';
import { UNMAPPED_ISSUE } from '@/schemas/framework';
import { measureSchema } from '@/schemas/measure';
import type { ReportRound } from '@/schemas/status';
import { toArabicDigits } from '@/lib/thai/numerals';
import { ROLE_LABELS, type ColumnRole } from './columns';
import type { MeasureRow } from './interpret-tables';
import { splitListItems, stripMarker } from './list-items';
import { readStatus } from './read-status';
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
  /** Why it is a draft, for the summary: the empty fields, `unmapped`, `national-id`, `title`. */
  draftReasons: DraftReason[];
}

export type DraftReason = 'unmapped' | 'steps' | 'period' | 'responsible' | 'status' | 'national-id' | 'title';

export interface MeasureContext {
  file: string;
  fiscalYear: number;
  round?: ReportRound;
  /** The framework issue, or `undefined` for the "unmapped" bucket (always a draft). */
  issue?: FrameworkIssue;
  order: number;
  /** OIT item codes of the year's framework the row names. */
  oitItems?: string[];
  /** True when the table has a results column at all (a report, not a plan). */
  hasOutputsColumn?: boolean;
}

/** A field the clerk must fill: written as an empty line with a comment saying what goes there. */
export interface BlankField {
  key: 'steps' | 'period' | 'responsible' | 'status';
  comment: string;
}

/** Kept for older callers: the importer no longer writes stand-in text, it leaves the field empty. */
export const MISSING = 'ไม่ระบุในรายงานเดิม (โปรดเติม)';
const KNOWN: ColumnRole[] = [
  'title',
  'steps',
  'period',
  'responsible',
  'outputs',
  'outcomes',
  'obstacles',
  'issue',
  'order',
  'status',
];
const FILL: Record<BlankField['key'], string> = {
  steps: 'ต้องเติม: ขั้นตอนการดำเนินการ เป็นรายการ เช่น [จัดประชุม, ติดประกาศ] / fill in: the steps',
  period: 'ต้องเติม: ระยะเวลา เช่น "1 ต.ค. 2567 ถึง 31 มี.ค. 2568" หรือ whole-year / fill in: the period',
  responsible: 'ต้องเติม: หน่วยงานผู้รับผิดชอบ เช่น สำนักปลัด / fill in: the responsible unit',
  status: 'ต้องเติม: สถานะ planned, in-progress, done หรือ not-done / fill in: the status',
};

/** Turns a measure row into front matter and body, and says in the notes what a person must check. */
export function buildMeasure(row: MeasureRow, ctx: MeasureContext, notes: ImportNote[]): BuiltMeasure {
  const place = (role: ColumnRole) => {
    const column = row.columns.find((c) => c.role === role);
    return { table: row.table, row: row.row, ...(column ? { column: column.index + 1, header: column.header } : {}) };
  };
  const warn = (role: ColumnRole, th: string, en: string, text?: string) =>
    notes.push({ severity: 'warning', file: ctx.file, place: place(role), th, en, ...(text ? { text } : {}) });
  const cell = (role: ColumnRole) =>
    row.columns
      .filter((c) => c.role === role)
      .map((c) => row.cells[c.index] ?? '')
      .filter((t) => t.trim())
      .join('\n');
  const items = (role: ColumnRole) => splitListItems(cell(role));
  const body: string[] = [];
  const blanks: BlankField[] = [];
  let draft = !ctx.issue;
  const reasons: DraftReason[] = ctx.issue ? [] : ['unmapped'];
  const leaveBlank = (key: BlankField['key'], why: string) => {
    draft = true;
    reasons.push(key);
    blanks.push({ key, comment: `${FILL[key]}${why ? ` — ${why}` : ''}` });
  };

  const issueText = row.section?.text ?? '';
  const titleItems = items('title');
  let title = stripMarker(titleItems[0] ?? '');
  if (titleItems.length > 1) {
    body.push(`## กิจกรรมในมาตรการนี้\n\n${mdxList(titleItems)}`);
    warn(
      'title',
      `ช่องชื่อมาตรการมี ${titleItems.length} ข้อ ใช้ข้อแรกเป็นชื่อ และแสดงทุกข้อในเนื้อหา`,
      `the title cell has ${titleItems.length} items; the first is the title and all are listed in the body`,
    );
  }
  if (title.length < 3) {
    // No title column: the most specific text there is names the measure, and the report says which.
    const fromSteps = firstSentence(stripMarker(items('steps')[0] ?? ''));
    const fromIssue = firstSentence(row.section?.subItem ?? row.section?.title ?? '');
    if (fromSteps.length >= 3) {
      title = fromSteps;
      warn(
        'steps',
        'ไม่มีคอลัมน์ชื่อมาตรการ ตั้งชื่อจากประโยคแรกของช่องขั้นตอน โปรดตรวจ',
        'no measure-title column: the title is the first sentence of the steps cell; check it',
        title,
      );
    } else if (fromIssue.length >= 3) {
      title = fromIssue;
      warn(
        'issue',
        'ไม่มีชื่อมาตรการและขั้นตอน ตั้งชื่อจากช่องประเด็น โปรดตรวจ',
        'no measure title or steps: the title is the issue cell; check it',
        title,
      );
    } else {
      title = `มาตรการที่ ${ctx.order} ของ${ctx.issue?.title ?? 'ประเด็นที่ยังไม่ได้จัด'}`;
      draft = true;
      reasons.push('title');
      warn(
        'title',
        'ไม่พบชื่อมาตรการ ตั้งชื่อชั่วคราวและเก็บเป็นฉบับร่าง',
        'no measure title; a temporary title was written and the measure kept as a draft',
      );
    }
  }
  const required = (role: 'steps' | 'responsible'): string[] | undefined => {
    const list = items(role);
    if (list.length) return list;
    leaveBlank(role, 'รายงานเดิมไม่ได้ระบุ');
    warn(
      role,
      `ไม่มี${ROLE_LABELS[role]}ในรายงาน เว้นช่องไว้ให้เติมและเก็บเป็นฉบับร่าง`,
      `no ${role} in the report; the field is left empty to fill in and the measure kept as a draft`,
    );
    return undefined;
  };
  const steps = required('steps');
  const responsible = required('responsible');
  const outputs = items('outputs');
  const outcomes = items('outcomes');
  const obstacles = items('obstacles');

  const comments = [
    `นำเข้าจาก ${ctx.file} ตารางที่ ${row.table} แถวที่ ${row.row}${row.continuedBy.length ? ` (ต่อด้วย ${row.continuedBy.join(', ')})` : ''}`,
  ];
  if (issueText) comments.push(`ประเด็นตามรายงานเดิม: ${issueText}`);
  const issueColumn = row.columns.find((c) => c.role === 'issue' || c.role === 'fix');
  if (
    !ctx.issue ||
    row.section?.subItem ||
    issueColumn?.role === 'fix' ||
    (row.section?.codes && (row.section.codes.question || row.section.codes.oit || row.section.codes.subIndicator))
  ) {
    // The cell's own lines (indicator, sub-indicator, OIT item) read better than the heading joined into one.
    const ownCell = issueColumn ? row.cells[issueColumn.index]?.trim() : '';
    const lines = (row.section?.subItem || !ownCell ? issueText : ownCell)
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    body.push(
      `## ${escapeMdx(issueColumn?.header.replace(/\s+/g, ' ').trim() || 'ประเด็นตามรายงานเดิม')}\n\n${mdxList(lines)}`,
    );
  }
  const periodText = cell('period').replace(/\s+/g, ' ').trim();
  let period: string | undefined;
  if (periodText) {
    const resolved = resolvePeriod(periodText, ctx.fiscalYear);
    if (resolved.ok) period = periodText;
    else {
      leaveBlank('period', `รายงานเดิมเขียนว่า "${periodText}"`);
      notes.push({
        severity: 'warning',
        file: ctx.file,
        place: place('period'),
        th: `อ่านระยะเวลาไม่ได้ เว้นช่อง period ไว้ให้เติม (ข้อความเดิมอยู่ในหมายเหตุข้างช่อง) และเก็บเป็นฉบับร่าง: ${resolved.message.split(' / ')[0]}`,
        en: `cannot read the period; the period field is left empty with the report's text beside it, and the measure kept as a draft: ${resolved.message.split(' / ').slice(1).join(' / ')}`,
        text: periodText,
      });
    }
  } else {
    leaveBlank('period', 'รายงานเดิมไม่ได้ระบุ');
    warn(
      'period',
      'ไม่มีระยะเวลาในรายงาน เว้นช่อง period ไว้ให้เติมและเก็บเป็นฉบับร่าง',
      'no period in the report; the period field is left empty to fill in and the measure kept as a draft',
    );
  }

  // Cells turned into values (a status word or tick, an amount) keep their own words beside the front matter.
  for (const role of ['status', 'budget', 'disbursed'] as const) {
    const original = row.columns
      .filter((c) => c.role === role)
      .map((c) => row.cells[c.index]?.trim() ?? '')
      .filter(Boolean)
      .join(' ⏎ ');
    if (original) comments.push(`${ROLE_LABELS[role]}ตามรายงานเดิม: ${original}`);
  }
  const status = readStatus(row, ctx, outputs, notes);
  if (!status) leaveBlank('status', 'รายงานเดิมไม่ได้บอกสถานะ');
  const allocated = amountOf(cell('budget'));
  const disbursed = allocated === undefined ? undefined : amountOf(cell('disbursed'));
  const used = new Set<ColumnRole>([
    ...KNOWN,
    ...(issueColumn ? [issueColumn.role!] : []),
    ...(allocated === undefined ? [] : ['budget' as const]),
    ...(disbursed === undefined ? [] : ['disbursed' as const]),
  ]);
  for (const column of row.columns) {
    const text = row.cells[column.index]?.trim();
    if (!text || (column.role && used.has(column.role))) continue;
    const heading = column.header.replace(/\s+/g, ' ').trim() || `คอลัมน์ที่ ${column.index + 1}`;
    body.push(`## ${escapeMdx(heading)}\n\n${mdxList(splitListItems(text))}`);
    notes.push({
      severity: column.role === 'monitoring' ? 'info' : 'warning',
      file: ctx.file,
      place: { table: row.table, row: row.row, column: column.index + 1, header: heading },
      th: `คอลัมน์ "${heading}" ไม่มีช่องในแบบฟอร์มมาตรการ เก็บไว้ในเนื้อหา`,
      en: `column "${heading}" has no field in the measure form; kept in the body`,
    });
  }

  // Reports sometimes carry a citizen's ID number; such a measure waits for a person before it can be published.
  if (NATIONAL_ID.test(toArabicDigits(row.cells.join(' ')))) {
    draft = true;
    reasons.push('national-id');
    notes.push({
      severity: 'warning',
      file: ctx.file,
      place: { table: row.table, row: row.row },
      th: 'แถวนี้มีตัวเลขคล้ายเลขประจำตัวประชาชน 13 หลัก เก็บเป็นฉบับร่าง ให้ลบเลขออกก่อนเผยแพร่',
      en: 'this row holds what looks like a 13-digit national ID number; kept as a draft: remove the number before publishing',
    });
  }
  const slug = ctx.issue ? `m-${ctx.issue.number}-${ctx.order}` : `${UNMAPPED_ISSUE}-${ctx.order}`;
  const data: Record<string, unknown> = {
    fiscalYear: ctx.fiscalYear,
    issue: ctx.issue?.code ?? UNMAPPED_ISSUE,
    order: ctx.order,
    title,
    ...(steps ? { steps } : {}),
    ...(period ? { period } : {}),
    ...(responsible ? { responsible } : {}),
    ...(outputs.length ? { outputs } : {}),
    ...(outcomes.length ? { outcomes } : {}),
    ...(obstacles.length ? { obstacles } : {}),
    ...(status ? { status } : {}),
    ...(allocated === undefined ? {} : { budget: { allocated, ...(disbursed === undefined ? {} : { disbursed }) } }),
    ...(ctx.round && status ? { progress: [{ round: ctx.round, status }] } : {}),
    oitTopics: ['integrity-measures'],
    ...(ctx.oitItems?.length ? { oitItems: ctx.oitItems } : {}),
  };
  const full = { ...data, ...Object.fromEntries(blanks.map((b) => [b.key, null])), draft };
  const parsed = measureSchema.safeParse(full);
  if (!parsed.success)
    throw new Error(
      `measure ${slug} does not fit the schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const rendered = renderMdxFile(comments, data, body.join('\n\n'), blanks, draft);
  const text = ctx.issue
    ? rendered
    : rendered.replace(
        /^issue: unmapped$/m,
        'issue: unmapped # ต้องแก้: รหัสประเด็นในกรอบของปีนี้ (ดูประเด็นตามรายงานเดิมด้านบน) / fill in: the issue code',
      );
  return {
    slug,
    path: `content/measures/${ctx.fiscalYear}/${slug}.mdx`,
    text,
    data: full,
    draft,
    draftReasons: reasons,
  };
}

/** A title-length piece of a cell: its first sentence (Thai ends a sentence with a space), at most 120 characters. */
function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= 120) return clean;
  const cut = clean.lastIndexOf(' ', 120);
  return clean.slice(0, cut > 20 ? cut : 120).trim();
}

const NATIONAL_ID = /(?<!\d)\d[ -]?\d{4}[ -]?\d{5}[ -]?\d{2}[ -]?\d(?!\d)/;

/** Baht written the way reports print it (`๑๒,๐๐๐ บาท`); `undefined` when it is not a plain amount. */
function amountOf(text: string): number | undefined {
  const plain = toArabicDigits(text).replace(/[,\s]|บาท|-/g, '');
  return /^\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : undefined;
}
