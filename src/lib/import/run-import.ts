import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { frameworkSchema, type Framework } from '../../schemas/framework';
import type { ReportRound } from '../../schemas/status';
import { buildMeasure, type BuiltMeasure } from './build-measure';
import { ROLE_LABELS } from './columns';
import { readDocumentInfo, type DocumentInfo } from './document-info';
import { interpretTables, note } from './interpret-tables';
import { matchIssue } from './map-issues';
import { readScoreTable, renderAssessment, reportWholeTable } from './other-tables';
import { ImportError, readSource } from './read-source';
import type { ImportNote, SourceDocument } from './types';

export interface ImportOptions {
  /** Report file to read. */
  source: string;
  /** Project root that holds `content/`. */
  root: string;
  fiscalYear?: number;
  round?: ReportRound;
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
    throw new ImportError(`ไม่พบปีงบประมาณในหัวรายงาน ${label} ให้ระบุเอง เช่น --year 2568 / the title of ${label} names no fiscal year: give it, e.g. --year 2568`);
  }
  const round = options.round ?? info.round;
  const framework = readFramework(options.root, fiscalYear);
  const notes: ImportNote[] = [];
  const info_ = (th: string, en: string, text?: string) => notes.push({ ...note('info', label, undefined, th, en), ...(text ? { text } : {}) });
  info_(`ปีงบประมาณ ${fiscalYear}${options.fiscalYear ? ' (ระบุเอง)' : ' (จากหัวรายงาน)'}; รอบรายงาน ${round ?? 'ไม่ระบุ'}; หน่วยงานในหัวรายงาน: ${info.organisation ?? 'ไม่พบ'}`, `fiscal year ${fiscalYear}${options.fiscalYear ? ' (given)' : ' (from the title)'}; round ${round ?? 'not given'}; organisation in the title: ${info.organisation ?? 'not found'}`);
  const siteName = readOrganisationName(options.root);
  if (info.organisation && siteName && !siteName.includes(info.organisation) && !info.organisation.includes(siteName)) {
    notes.push(note('warning', label, undefined, `หัวรายงานเป็นของ "${info.organisation}" แต่เว็บไซต์นี้เป็นของ "${siteName}" — ตรวจว่านำเข้าไฟล์ถูกหน่วยงาน`, `the report's title names "${info.organisation}" but this site is for "${siteName}": check it is the right organisation's report`));
  }
  if (!document.tables.length) notes.push(note('error', label, undefined, 'ไม่พบตารางในไฟล์ (ถ้าคัดลอกจาก PDF ให้วางเป็นตาราง หรือบันทึกเป็น .docx/.csv) ', 'no table found in the file (paste the table itself, or save it as .docx or .csv)'));

  const interpreted = interpretTables(document);
  notes.push(...interpreted.notes.map((n) => ({ ...n, file: label })));
  const described = new Set<string>();
  const order = new Map<string, number>();
  const measures: BuiltMeasure[] = [];
  const mapped = new Map<string, string>();
  for (const row of interpreted.measures) {
    if (!described.has(`${row.table}`)) {
      described.add(`${row.table}`);
      const list = row.columns.map((c) => `"${c.header.replace(/\s+/g, ' ')}" → ${c.role ? ROLE_LABELS[c.role] : 'ไม่รู้จัก / unknown'}`).join('; ');
      notes.push({ ...note('info', label, { table: row.table, row: 1 }, 'ตารางมาตรการ คอลัมน์ที่อ่านได้', 'measure table; columns as read'), text: list });
    }
    const rowText = row.cells.map((c) => c.replace(/\s+/g, ' ').trim()).join(' | ');
    const place = { table: row.table, row: row.row };
    if (!row.section) {
      notes.push({ ...note('error', label, place, 'ไม่รู้ว่ามาตรการนี้อยู่ประเด็นใด (ไม่มีแถว "ประเด็นที่ …" หรือคอลัมน์ตัวชี้วัดก่อนหน้า) จึงไม่ได้นำเข้า', 'no issue for this measure (no "ประเด็นที่ …" row or indicator column above it), so it was not imported'), text: rowText });
      continue;
    }
    const match = matchIssue(row.section, framework);
    if (!match) {
      const codes = framework.issues.map((i) => `${i.number} ${i.title}`).join('; ');
      notes.push({ ...note('error', label, place, `"${row.section.text}" ไม่ตรงกับประเด็นใดในกรอบปี ${fiscalYear} (${codes}) จึงไม่ได้นำเข้า — เลือกปีที่ใช้กรอบเดียวกันด้วย --year หรือเพิ่มประเด็นใน content/frameworks/${fiscalYear}.yaml`, `"${row.section.text}" matches no issue of the ${fiscalYear} framework, so it was not imported: choose the year with the same framework (--year) or add the issue to content/frameworks/${fiscalYear}.yaml`), text: rowText });
      continue;
    }
    if (!mapped.has(row.section.text)) {
      mapped.set(row.section.text, match.issue.code);
      const how = match.how === 'number' ? 'ตามเลข / by number' : `ตามความหมายของชื่อ / by title (${match.similarity.toFixed(2)})`;
      notes.push({ ...note(match.how === 'number' ? 'info' : 'warning', label, place, `จัดเข้าประเด็น ${match.issue.code} "${match.issue.title}" ${how.split(' / ')[0]}`, `filed under ${match.issue.code} ${how.split(' / ')[1]}`), text: row.section.text });
    }
    const n = (order.get(match.issue.code) ?? 0) + 1;
    order.set(match.issue.code, n);
    measures.push(buildMeasure(row, { file: label, fiscalYear, ...(round ? { round } : {}), issue: match.issue, order: n }, notes));
  }

  const files: PlannedFile[] = measures.map((m) => ({ path: m.path, text: m.text }));
  for (const other of interpreted.others) {
    if (other.kind === 'score-analysis') {
      const draft = readScoreTable(other, label, notes);
      const text = renderAssessment(draft, fiscalYear, undefined);
      if (text) files.push({ path: `content/assessments/${fiscalYear}.yaml`, text });
      reportWholeTable(other, label, notes, text ? `ตารางวิเคราะห์ผลคะแนน นำเข้าเป็น content/assessments/${fiscalYear}.yaml` : 'ตารางวิเคราะห์ผลคะแนน ไม่ได้นำเข้าเพราะไม่พบคะแนนรวม (แถว "รวม"/"ภาพรวม") — เพิ่มไฟล์ content/assessments/<ปี>.yaml เอง', text ? `score-analysis table, imported as content/assessments/${fiscalYear}.yaml` : 'score-analysis table, not imported: no total score (a "รวม"/"ภาพรวม" row); write content/assessments/<year>.yaml by hand');
    } else if (other.kind === 'project-status') {
      reportWholeTable(other, label, notes, 'ตารางสถานะโครงการ (งบประมาณ/เบิกจ่าย/สถานะ) — รู้จักแต่ไม่ได้นำเข้า ให้เติมงบประมาณและสถานะในไฟล์มาตรการเอง', 'project-status table (budget/disbursed/status): recognised, not imported; copy budget and status into the measure files');
    } else {
      reportWholeTable(other, label, notes, 'ตารางที่ไม่รู้จักชนิด (ไม่พบหัวตารางมาตรการ) ไม่ได้นำเข้า', 'table of an unknown kind (no measure header found), not imported');
    }
  }
  return { info, fiscalYear, ...(round ? { round } : {}), measures, files, notes, document };
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
    const hint = others.length ? `คัดลอก content/frameworks/${others.at(-1)} เป็น ${year}.yaml แล้วแก้ fiscalYear และรายการประเด็น` : `สร้างไฟล์ที่มี fiscalYear, scheme และ issues (code, number, title) ตาม src/schemas/framework.ts`;
    const hintEn = others.length ? `copy content/frameworks/${others.at(-1)} to ${year}.yaml and edit fiscalYear and the issues` : 'create it with fiscalYear, scheme and issues (code, number, title) as src/schemas/framework.ts describes';
    throw new ImportError(`ไม่มีกรอบประเด็นของปี ${year} (content/frameworks/${year}.yaml): ${hint} / there is no framework for fiscal year ${year} (content/frameworks/${year}.yaml): ${hintEn}`);
  }
  const parsed = frameworkSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new ImportError(`ไฟล์ content/frameworks/${year}.yaml ไม่ถูกต้อง ให้รัน npm run check / content/frameworks/${year}.yaml is not valid: run npm run check`);
  return parsed.data;
}
