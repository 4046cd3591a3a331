import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PlannedFile } from './run-import';
import type { ImportNote } from './types';

/**
 * What the import will do with each file, decided once and used by both
 * `--dry-run` and the real run, so the two always agree: a new file is
 * created; an existing one is kept unless `--force`; one this import wrote
 * before and the clerk has since deleted is not brought back unless `--force`.
 */
export type WriteAction = 'create' | 'overwrite' | 'keep' | 'keep-deleted';

export interface PlannedWrite extends PlannedFile {
  action: WriteAction;
}

/** Where the import remembers the files it wrote for one report. */
export function ledgerPath(root: string, source: string): string {
  return join(root, 'import-reports', `${basename(source).replace(/\.[^.]+$/, '')}.written.json`);
}

/** Files an earlier import of the same report wrote. */
export function readLedger(root: string, source: string): string[] {
  const path = ledgerPath(root, source);
  if (!existsSync(path)) return [];
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(data) ? data.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

/** Decides every file's action and notes each refusal, exactly as the real run will act. */
export function planWrites(
  files: PlannedFile[],
  root: string,
  source: string,
  force: boolean,
  notes: ImportNote[],
): PlannedWrite[] {
  const earlier = new Set(readLedger(root, source));
  const file = basename(source);
  return files.map((planned) => {
    const exists = existsSync(join(root, planned.path));
    let action: WriteAction;
    if (exists) action = force ? 'overwrite' : 'keep';
    else action = earlier.has(planned.path) && !force ? 'keep-deleted' : 'create';
    if (action === 'keep')
      notes.push({
        severity: 'error',
        file,
        th: `มีไฟล์ ${planned.path} อยู่แล้ว ไม่ได้เขียนทับ (ใช้ --force เพื่อเขียนทับ)`,
        en: `${planned.path} already exists and was not overwritten (use --force to overwrite)`,
      });
    if (action === 'keep-deleted')
      notes.push({
        severity: 'error',
        file,
        th: `ไฟล์ ${planned.path} เคยนำเข้าแล้วและถูกลบไป จึงไม่ได้สร้างใหม่ (ใช้ --force ถ้าต้องการให้กลับมา)`,
        en: `${planned.path} was imported before and has since been deleted, so it was not brought back (use --force to bring it back)`,
      });
    return { ...planned, action };
  });
}

const ACTION_LABEL: Record<WriteAction, string> = {
  create: 'สร้างใหม่ / create',
  overwrite: 'เขียนทับ / overwrite (--force)',
  keep: 'มีอยู่แล้ว ไม่เขียนทับ / exists, kept',
  'keep-deleted': 'เคยลบไปแล้ว ไม่สร้างใหม่ / deleted earlier, not brought back',
};

/** The plan, one line per file, printed the same by the dry run and the real run. */
export function formatPlan(writes: PlannedWrite[]): string {
  const lines = writes.map(
    (w) => `  ${w.action === 'create' || w.action === 'overwrite' ? '✓' : '✗'} ${w.path} — ${ACTION_LABEL[w.action]}`,
  );
  const writing = writes.filter((w) => w.action === 'create' || w.action === 'overwrite').length;
  return [
    `แผนการเขียนไฟล์ / file plan: เขียน ${writing} ไฟล์, ไม่เขียน ${writes.length - writing} ไฟล์ / write ${writing}, skip ${writes.length - writing}`,
    ...lines,
  ].join('\n');
}
