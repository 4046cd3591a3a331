import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport } from '@/lib/import/report';
import { planImport, type ImportPlan } from '@/lib/import/run-import';
import { writeImport } from '@/lib/import/write-import';
import { makeEvidenceName } from './evidence-upload';
import { resolveContentPath } from './safe-path';

/** The dry run as the app shows it: one row per measure, and every note of the importer's report. */
export interface ImportPreview {
  id: string;
  fiscalYear: number;
  round?: number;
  measures: Array<{ path: string; title: string; issue: string; draft: boolean; exists: boolean }>;
  /** Other files the import writes (an assessment, a report round). */
  files: Array<{ path: string; exists: boolean }>;
  notes: ImportPlan['notes'];
}

const ACCEPTED = /\.(?:docx|csv|tsv|txt)$/;

/**
 * `npm run import` from the app: the dropped report is copied to a private
 * temporary folder (never into content/), planned with the importer's own
 * planImport, and that very plan — not a second run — is written when the
 * clerk presses Import, so what was shown is what is written.
 */
export class AppImports {
  private readonly plans = new Map<string, ImportPlan>();

  constructor(private readonly root: string) {}

  async plan(
    original: string,
    bytes: Buffer,
    options: { fiscalYear?: number; round?: 6 | 12 },
  ): Promise<ImportPreview> {
    const name = makeEvidenceName(original, () => false);
    if (!ACCEPTED.test(name))
      throw new RangeError(
        `นำเข้าได้เฉพาะ .docx .csv .tsv .txt ไฟล์ "${original}" ใช้ไม่ได้ / only .docx, .csv, .tsv and .txt reports can be imported: "${original}" is not`,
      );
    const dir = mkdtempSync(join(tmpdir(), 'ita-edit-import-'));
    const source = join(dir, name);
    writeFileSync(source, bytes);
    try {
      const plan = await planImport({ source, root: this.root, ...options });
      // Every path the import would write must be a content path the editor itself may write.
      for (const file of plan.files) resolveContentPath(this.root, file.path.replace(/^content\//, ''));
      const id = randomBytes(12).toString('base64url');
      this.plans.set(id, plan);
      const exists = (path: string) => existsSync(join(this.root, path));
      const measurePaths = new Set(plan.measures.map((m) => m.path));
      return {
        id,
        fiscalYear: plan.fiscalYear,
        ...(plan.round ? { round: plan.round } : {}),
        measures: plan.measures.map((m) => ({
          path: m.path,
          title: String(m.data.title ?? ''),
          issue: String(m.data.issue ?? ''),
          draft: m.draft,
          exists: exists(m.path),
        })),
        files: plan.files
          .filter((f) => !measurePaths.has(f.path))
          .map((f) => ({ path: f.path, exists: exists(f.path) })),
        notes: plan.notes,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Writes a plan shown before; existing files are kept (reported), as `npm run import` without --force does. */
  write(id: string): { written: string[]; kept: string[]; reportPath: string; notes: ImportPlan['notes'] } {
    const plan = this.plans.get(id);
    if (!plan)
      throw new RangeError('ไม่พบผลทดลองนำเข้านี้ ให้วางไฟล์อีกครั้ง / this dry run is no longer known: drop the file again');
    this.plans.delete(id);
    const result = writeImport(plan, this.root, false, formatReport);
    return { ...result, notes: plan.notes };
  }
}
