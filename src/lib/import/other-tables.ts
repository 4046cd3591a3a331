import { toArabicDigits } from '@/lib/thai/numerals';
import type { Column, OtherTable } from './interpret-tables';
import { splitListItems, stripMarker } from './list-items';
import { readIssueCodes } from './issue-codes';
import { parseSection } from './sections';
import type { ImportNote } from './types';

/**
 * Tables that are not measure tables. Score-analysis tables (indicator, score,
 * issue to fix, measure, steps, unit) become the improvements of an
 * assessment; project-status tables are recognised and reported in full.
 */

/** One improvement row of a score-analysis table, in the assessment schema's shape. */
export interface AssessmentDraft {
  indicators: { number: number; title: string; score: number }[];
  improvements: { indicator: number; issue: string; action: string; steps: string[]; responsible: string[] }[];
  totalScore?: number;
}

const at = (columns: Column[], role: string) => columns.filter((c) => c.role === role).map((c) => c.index);

/** Reads a score-analysis table; rows it cannot read are reported with their text. */
export function readScoreTable(other: OtherTable, file: string, notes: ImportNote[]): AssessmentDraft {
  const draft: AssessmentDraft = { indicators: [], improvements: [] };
  const columns = other.columns ?? [];
  const text = (row: string[], role: string) =>
    at(columns, role)
      .map((i) => row[i] ?? '')
      .filter(Boolean)
      .join('\n');
  const rows = other.table.rows.slice((other.headerRow ?? 0) + 1);
  rows.forEach((row, i) => {
    const place = { table: other.table.index, row: (other.headerRow ?? 0) + i + 2 };
    if (row.every((cell) => !cell.trim())) return;
    const indicatorText = text(row, 'issue');
    // "๙๕.๑๒", "95.12%" and "95.12 คะแนน" are the same score; a letter grade beside it is not part of it.
    const scoreText = /^\d{1,3}(?:\.\d+)?/.exec(toArabicDigits(text(row, 'score')).replace(/[%\s]/g, ''))?.[0] ?? '';
    const codes = readIssueCodes(indicatorText);
    if (codes.question || codes.subIndicator) {
      notes.push({
        severity: 'info',
        file,
        place,
        th: 'คะแนนรายข้อคำถาม/ตัวชี้วัดย่อย เก็บไว้ในตารางเดิมของไฟล์ผลการประเมิน',
        en: 'a question or sub-indicator score; kept with the table in the assessment file',
        text: row.join(' | '),
      });
      return;
    }
    const bare = /^\s*([0-9๐-๙]{1,2})\s*$/.exec(indicatorText);
    const section = bare
      ? { number: Number(toArabicDigits(bare[1]!)), title: '', text: indicatorText }
      : parseSection(indicatorText, { allowBareNumber: true });
    const score = Number(scoreText);
    if (/รวม|ภาพรวม|total/i.test(indicatorText) && Number.isFinite(score) && scoreText) {
      draft.totalScore = score;
      return;
    }
    if (!section || !scoreText || !Number.isFinite(score) || score > 100 || section.number < 1 || section.number > 10) {
      notes.push({
        severity: 'warning',
        file,
        place,
        th: 'อ่านแถวนี้ของตารางวิเคราะห์ผลคะแนนไม่ได้ (ต้องมีเลขตัวชี้วัด 1–10 และคะแนน)',
        en: 'cannot read this row of the score-analysis table (needs an indicator number 1–10 and a score)',
        text: row.join(' | '),
      });
      return;
    }
    if (!draft.indicators.some((x) => x.number === section.number))
      draft.indicators.push({ number: section.number, title: section.title || indicatorText, score });
    const issue = text(row, 'fix');
    const action = text(row, 'title');
    if (issue || action) {
      draft.improvements.push({
        indicator: section.number,
        issue: issue.replace(/\s+/g, ' ').trim() || action,
        action: stripMarker(action.replace(/\s+/g, ' ').trim()) || issue,
        steps: splitListItems(text(row, 'steps')),
        responsible: splitListItems(text(row, 'responsible')),
      });
    }
  });
  return draft;
}

/** Reports a project-status table whole: every row with its cells, so no figure is lost. */
export function reportWholeTable(other: OtherTable, file: string, notes: ImportNote[], th: string, en: string): void {
  const header = other.columns?.map((c) => c.header.replace(/\s+/g, ' ')).join(' | ');
  notes.push({
    severity: 'warning',
    file,
    place: { table: other.table.index, row: 1 },
    th,
    en,
    ...(header ? { text: `หัวตาราง: ${header}` } : {}),
  });
  other.table.rows.forEach((row, r) => {
    if (r === other.headerRow || row.every((cell) => !cell.trim())) return;
    notes.push({
      severity: 'info',
      file,
      place: { table: other.table.index, row: r + 1 },
      th: 'ข้อความในตาราง (ไม่ได้นำเข้า)',
      en: 'table text (not imported)',
      text: row.map((cell) => cell.replace(/\s+/g, ' ').trim()).join(' | '),
    });
  });
}
