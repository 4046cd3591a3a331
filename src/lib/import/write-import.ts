import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { validateContent } from '@/lib/validate/validate-content';
import { formatPlan, ledgerPath, planWrites, readLedger } from './plan-writes';
import { formatSummary } from './summary';
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
export function writeImport(
  plan: ImportPlan,
  root: string,
  force: boolean,
  formatReport: (notes: ImportNote[]) => string,
): WriteResult {
  const written: string[] = [];
  const kept: string[] = [];
  const file = plan.document.file;
  // The plan decided every action when it was made; one made without --force is decided again with it, the same way.
  if (force && plan.writes.some((w) => w.action === 'keep' || w.action === 'keep-deleted')) {
    plan.writes = planWrites(plan.files, root, file, true, []);
    plan.notes.splice(
      0,
      plan.notes.length,
      ...plan.notes.filter((n) => !/already exists and was not overwritten|has since been deleted/.test(n.en)),
    );
  }
  for (const planned of plan.writes) {
    if (planned.action === 'keep' || planned.action === 'keep-deleted') {
      kept.push(planned.path);
      continue;
    }
    const target = join(root, planned.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, planned.text);
    written.push(planned.path);
  }
  const ledger = ledgerPath(root, file);
  mkdirSync(dirname(ledger), { recursive: true });
  writeFileSync(ledger, `${JSON.stringify([...new Set([...readLedger(root, file), ...written])].sort(), null, 2)}\n`);
  if (written.length) {
    const { problems } = validateContent(root);
    for (const problem of problems.filter((p) => written.includes(p.file))) {
      plan.notes.push({
        severity: problem.severity === 'error' ? 'error' : 'warning',
        file: problem.file,
        th: `ตรวจเนื้อหาแล้วพบปัญหา${problem.field ? ` ที่ ${problem.field}` : ''}: ${problem.th}`,
        en: `the content check found a problem${problem.field ? ` in ${problem.field}` : ''}: ${problem.en}`,
      });
    }
  }
  const reportPath = join(root, 'import-reports', `${file.replace(/\.[^.]+$/, '')}.txt`);
  mkdirSync(dirname(reportPath), { recursive: true });
  // The saved report reads like the screen: what to do next, the file plan, then every note.
  writeFileSync(
    reportPath,
    `${formatSummary(plan, written)}\n\n${formatPlan(plan.writes)}\n\n${formatReport(plan.notes)}\n`,
  );
  return { written, kept, reportPath: relative(root, reportPath) };
}
