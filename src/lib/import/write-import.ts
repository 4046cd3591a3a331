import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { validateContent } from '../validate/validate-content';
import type { ImportPlan } from './run-import';
import type { ImportNote } from './types';

export interface WriteResult {
  written: string[];
  /** Files left alone because they exist and `--force` was not given. */
  kept: string[];
  /** Path of the saved report. */
  reportPath: string;
}

/**
 * Writes the planned files. An existing file is never replaced unless `force`
 * is set; that is reported, never silent. Afterwards the whole content is
 * validated as the build would, and every problem in an imported file becomes
 * an error note.
 */
export function writeImport(plan: ImportPlan, root: string, force: boolean, formatReport: (notes: ImportNote[]) => string): WriteResult {
  const written: string[] = [];
  const kept: string[] = [];
  const file = plan.document.file;
  for (const planned of plan.files) {
    const target = join(root, planned.path);
    if (existsSync(target) && !force) {
      kept.push(planned.path);
      plan.notes.push({ severity: 'error', file, th: `มีไฟล์ ${planned.path} อยู่แล้ว ไม่ได้เขียนทับ (ใช้ --force เพื่อเขียนทับ)`, en: `${planned.path} already exists and was not overwritten (use --force to overwrite)` });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, planned.text);
    written.push(planned.path);
  }
  if (written.length) {
    const { problems } = validateContent(root);
    for (const problem of problems.filter((p) => written.includes(p.file))) {
      plan.notes.push({ severity: problem.severity === 'error' ? 'error' : 'warning', file: problem.file, th: `ตรวจเนื้อหาแล้วพบปัญหา${problem.field ? ` ที่ ${problem.field}` : ''}: ${problem.th}`, en: `the content check found a problem${problem.field ? ` in ${problem.field}` : ''}: ${problem.en}` });
    }
  }
  const reportPath = join(root, 'import-reports', `${file.replace(/\.[^.]+$/, '')}.txt`);
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, `${formatReport(plan.notes)}\n`);
  return { written, kept, reportPath: relative(root, reportPath) };
}
