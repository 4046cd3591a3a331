import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { frameworkSchema, UNMAPPED_ISSUE, type Framework } from '@/schemas/framework';
import type { ReportRound } from '@/schemas/status';
import { buildMeasure, type BuiltMeasure } from './build-measure';
import { ROLE_LABELS } from './columns';
import { readDocumentInfo, type DocumentInfo } from './document-info';
import { interpretTables, note } from './interpret-tables';
import { planAssessment, type AssessmentPlan } from './import-assessment';
import { reportWholeTable } from './other-tables';
import { HOW_LABEL, placeSection } from './place-row';
import { planWrites, readLedger, type PlannedWrite } from './plan-writes';
import { ImportError, readSource } from './read-source';
import type { ImportNote, SourceDocument } from './types';

export interface ImportOptions {
  /** Report file to read. */
  source: string;
  /** Project root that holds `content/`. */
  root: string;
  fiscalYear?: number;
  round?: ReportRound;
  /** Overwrite existing files and bring back deleted ones (`--force`). */
  force?: boolean;
}

/** A file the import would write. */
export interface PlannedFile {
  path: string;
  text: string;
}

export interface ImportPlan {
  info: DocumentInfo;
  fiscalYear: number;
  round?: ReportRound;
  measures: BuiltMeasure[];
  files: PlannedFile[];
  /** What will happen to each file; the dry run and the real run print and do exactly this. */
  writes: PlannedWrite[];
  /** The assessment planned from the score tables, published or draft. */
  assessment?: AssessmentPlan;
  notes: ImportNote[];
  document: SourceDocument;
}

/**
 * Reads a report and plans the files to write, without touching the project:
 * every measure row filed under an issue of the target year, every table of
 * another kind reported, every place that needs a person listed in the notes.
 */
export async function planImport(options: ImportOptions): Promise<ImportPlan> {
  const label = basename(options.source);
  const document = await readSource(options.source, label);
  const info = readDocumentInfo(document.lines);
  const fiscalYear = options.fiscalYear ?? info.fiscalYear;
  if (!fiscalYear) {
    throw new ImportError(
      `ไม่พบปีงบประมาณในหัวรายงาน ${label} ให้ระบุเอง เช่น --year 2568 / the title of ${label} names no fiscal year: give it, e.g. --year 2568`,
    );
  }
  const round = options.round ?? info.round;
  const framework = readFramework(options.root, fiscalYear);
  const notes: ImportNote[] = [];
  const info_ = (th: string, en: string, text?: string) =>
    notes.push({ ...note('info', label, undefined, th, en), ...(text ? { text } : {}) });
  info_(
    `ปีงบประมาณ ${fiscalYear}${options.fiscalYear ? ' (ระบุเอง)' : ' (จากหัวรายงาน)'}; รอบรายงาน ${round ?? 'ไม่ระบุ'}; หน่วยงานในหัวรายงาน: ${info.organisation ?? 'ไม่พบ'}`,
    `fiscal year ${fiscalYear}${options.fiscalYear ? ' (given)' : ' (from the title)'}; round ${round ?? 'not given'}; organisation in the title: ${info.organisation ?? 'not found'}`,
  );
  const siteName = readOrganisationName(options.root);
  if (info.organisation && siteName && !siteName.includes(info.organisation) && !info.organisation.includes(siteName)) {
    notes.push(
      note(
        'warning',
        label,
        undefined,
        `หัวรายงานเป็นของ "${info.organisation}" แต่เว็บไซต์นี้เป็นของ "${siteName}" — ตรวจว่านำเข้าไฟล์ถูกหน่วยงาน`,
        `the report's title names "${info.organisation}" but this site is for "${siteName}": check it is the right organisation's report`,
      ),
    );
  }
  if (!document.tables.length)
    notes.push(
      note(
        'error',
        label,
        undefined,
        'ไม่พบตารางในไฟล์ (ถ้าคัดลอกจาก PDF ให้วางเป็นตาราง หรือบันทึกเป็น .docx/.csv) ',
        'no table found in the file (paste the table itself, or save it as .docx or .csv)',
      ),
    );

  const interpreted = interpretTables(document);
  notes.push(...interpreted.notes.map((n) => ({ ...n, file: label })));
  const described = new Set<string>();
  // Another report of the same year may already have measures here: this one's are numbered after them.
  const order = takenOrders(options.root, fiscalYear, readLedger(options.root, options.source), framework, label);
  const measures: BuiltMeasure[] = [];
  const mapped = new Map<string, string>();
  for (const row of interpreted.measures) {
    if (!described.has(`${row.table}`)) {
      described.add(`${row.table}`);
      const list = row.columns
        .map((c) => `"${c.header.replace(/\s+/g, ' ')}" → ${c.role ? ROLE_LABELS[c.role] : 'ไม่รู้จัก / unknown'}`)
        .join('; ');
      notes.push({
        ...note(
          'info',
          label,
          { table: row.table, row: 1 },
          'ตารางมาตรการ คอลัมน์ที่อ่านได้',
          'measure table; columns as read',
        ),
        text: list,
      });
    }
    const rowText = row.cells.map((c) => c.replace(/\s+/g, ' ').trim()).join(' | ');
    const place = { table: row.table, row: row.row };
    const placement = row.section ? placeSection(row.section, framework) : undefined;
    if (!placement) {
      // Never dropped for want of a mapping: a draft in the "unmapped" bucket keeps the report's own issue text.
      const why = row.section
        ? `"${row.section.text.replace(/\n/g, ' ')}" ไม่ตรงกับประเด็นใดในกรอบปี ${fiscalYear}`
        : 'ไม่รู้ว่ามาตรการนี้อยู่ประเด็นใด (ไม่มีแถว "ประเด็นที่ …" หรือคอลัมน์ตัวชี้วัด)';
      const whyEn = row.section
        ? `"${row.section.text.replace(/\n/g, ' ')}" matches no issue of the ${fiscalYear} framework`
        : 'no issue for this measure (no "ประเด็นที่ …" row or indicator column above it)';
      notes.push({
        ...note(
          'warning',
          label,
          place,
          `${why} จึงนำเข้าเป็นฉบับร่างในกลุ่ม "ยังไม่ได้จัดประเด็น" (issue: ${UNMAPPED_ISSUE}) — เปลี่ยน issue เป็นรหัสประเด็นที่ถูก`,
          `${whyEn}, so it was imported as a draft in the "unmapped" bucket (issue: ${UNMAPPED_ISSUE}): change issue to the right code`,
        ),
        text: row.section?.text ?? rowText,
      });
    } else if (!mapped.has(row.section!.text)) {
      mapped.set(row.section!.text, placement.issue.code);
      const [howTh, howEn] = HOW_LABEL[placement.how];
      const guessed = placement.how === 'title' || placement.conflict !== undefined;
      const conflict = placement.conflict ? ` (แต่${placement.conflict})` : '';
      notes.push({
        ...note(
          guessed ? 'warning' : 'info',
          label,
          place,
          `จัดเข้าประเด็น ${placement.issue.code} "${placement.issue.title}" ${howTh}${placement.similarity !== undefined && placement.how === 'title' ? ` (${placement.similarity.toFixed(2)})` : ''}${conflict}`,
          `filed under ${placement.issue.code} ${howEn}${placement.conflict ? ' (other evidence disagrees)' : ''}`,
        ),
        text: row.section!.text,
      });
    }
    const code = placement?.issue.code ?? UNMAPPED_ISSUE;
    const n = (order.get(code) ?? 0) + 1;
    order.set(code, n);
    const hasOutputsColumn = row.columns.some(
      (c) => c.role === 'outputs' || (c.role === undefined && /ผล/.test(c.header)),
    );
    measures.push(
      buildMeasure(
        row,
        {
          file: label,
          fiscalYear,
          ...(round ? { round } : {}),
          ...(placement ? { issue: placement.issue, oitItems: placement.oitItems } : {}),
          order: n,
          hasOutputsColumn,
        },
        notes,
      ),
    );
  }

  const files: PlannedFile[] = measures.map((m) => ({ path: m.path, text: m.text }));
  const assessment = planAssessment(
    interpreted.others.filter((o) => o.kind === 'score-analysis'),
    document,
    fiscalYear,
    label,
    notes,
  );
  if (assessment) files.push({ path: assessment.path, text: assessment.text });
  for (const other of interpreted.others) {
    if (other.kind === 'score-analysis') continue;
    if (other.kind === 'project-status') {
      reportWholeTable(
        other,
        label,
        notes,
        'ตารางสถานะโครงการ (งบประมาณ/เบิกจ่าย/สถานะ) — รู้จักแต่ไม่ได้นำเข้า ให้เติมงบประมาณและสถานะในไฟล์มาตรการเอง',
        'project-status table (budget/disbursed/status): recognised, not imported; copy budget and status into the measure files',
      );
    } else {
      reportWholeTable(
        other,
        label,
        notes,
        'ตารางที่ไม่รู้จักชนิด (ไม่พบหัวตารางมาตรการ) ไม่ได้นำเข้า',
        'table of an unknown kind (no measure header found), not imported',
      );
    }
  }
  const writes = planWrites(files, options.root, options.source, options.force ?? false, notes);
  return {
    info,
    fiscalYear,
    ...(round ? { round } : {}),
    measures,
    files,
    writes,
    ...(assessment ? { assessment } : {}),
    notes,
    document,
  };
}

/**
 * The highest measure number per issue among the year's imported-style files
 * (m-<issue number>-<n>.mdx, unmapped-<n>.mdx) that this report did not write:
 * a re-import of the same report keeps its numbers, a second report continues them.
 */
function takenOrders(
  root: string,
  year: number,
  ownFiles: string[],
  framework: Framework,
  label: string,
): Map<string, number> {
  const taken = new Map<string, number>();
  const dir = join(root, 'content', 'measures', String(year));
  if (!existsSync(dir)) return taken;
  const own = new Set(ownFiles);
  for (const name of readdirSync(dir)) {
    if (own.has(`content/measures/${year}/${name}`)) continue;
    // Files imported before the importer kept a list still name their report in their first comment.
    if (readFileSync(join(dir, name), 'utf8').slice(0, 400).startsWith(`---\n# นำเข้าจาก ${label} ตารางที่`)) continue;
    const match = /^(?:m-(\d+)|(unmapped))-(\d+)\.mdx$/.exec(name);
    if (!match) continue;
    const code = match[2] ? UNMAPPED_ISSUE : framework.issues.find((i) => i.number === Number(match[1]))?.code;
    if (code) taken.set(code, Math.max(taken.get(code) ?? 0, Number(match[3])));
  }
  return taken;
}

function readOrganisationName(root: string): string | undefined {
  const path = join(root, 'content', 'organisation.yaml');
  if (!existsSync(path)) return undefined;
  const data: unknown = parse(readFileSync(path, 'utf8'));
  return data && typeof data === 'object' && 'name' in data && typeof data.name === 'string' ? data.name : undefined;
}

function readFramework(root: string, year: number): Framework {
  const path = join(root, 'content', 'frameworks', `${year}.yaml`);
  if (!existsSync(path)) {
    const dir = join(root, 'content', 'frameworks');
    const others = existsSync(dir) ? readdirSync(dir).filter((f) => /^\d{4}\.ya?ml$/.test(f)) : [];
    const hint = others.length
      ? `คัดลอก content/frameworks/${others.at(-1)} เป็น ${year}.yaml แล้วแก้ fiscalYear และรายการประเด็น`
      : `สร้างไฟล์ที่มี fiscalYear, scheme และ issues (code, number, title) ตาม src/schemas/framework.ts`;
    const hintEn = others.length
      ? `copy content/frameworks/${others.at(-1)} to ${year}.yaml and edit fiscalYear and the issues`
      : 'create it with fiscalYear, scheme and issues (code, number, title) as src/schemas/framework.ts describes';
    throw new ImportError(
      `ไม่มีกรอบประเด็นของปี ${year} (content/frameworks/${year}.yaml): ${hint} / there is no framework for fiscal year ${year} (content/frameworks/${year}.yaml): ${hintEn}`,
    );
  }
  const parsed = frameworkSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new ImportError(
      `ไฟล์ content/frameworks/${year}.yaml ไม่ถูกต้อง ให้รัน npm run check / content/frameworks/${year}.yaml is not valid: run npm run check`,
    );
  return parsed.data;
}
