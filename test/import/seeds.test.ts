import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureSchema } from '@/schemas/measure';
import { formatReport } from '@/lib/import/report';
import { readSource } from '@/lib/import/read-source';
import { planImport, type ImportPlan } from '@/lib/import/run-import';
import { findSeedsDir, missingWords, PROJECT_ROOT } from './helpers';

/**
 * The three real reports in shared/seeds, each as pasted text and as Word.
 * Counts were made by hand from the seeds: one measure per table row under
 * each "ประเด็นที่ …" / "1. …" row or ตัวชี้วัด cell, rows without a title
 * joined to the row above.
 */
const SEEDS = findSeedsDir();

// longestSteps: the most steps any one measure of the seed lists (its cells numbered or dashed).
const EXPECTED: { seed: string; year: number; perIssue: Record<number, number>; longestSteps: number }[] = [
  { seed: '000_f97e7d3763edeebe', year: 2568, perIssue: { 1: 2, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1 }, longestSteps: 5 },
  { seed: '001_c192065bfc7c8293', year: 2568, perIssue: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1 }, longestSteps: 5 },
  // The report counts by the 10 ITA ตัวชี้วัด, like the 2569 framework.
  {
    seed: '004_cd183b99c7d21b1c',
    year: 2569,
    perIssue: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1, 10: 1 },
    longestSteps: 2,
  },
];

function issueNumbers(plan: ImportPlan): Record<number, number> {
  const framework = readFileSync(join(PROJECT_ROOT, 'content', 'frameworks', `${plan.fiscalYear}.yaml`), 'utf8');
  const numberOf = (code: string) => Number(new RegExp(`code: ${code}\\s+number: (\\d+)`).exec(framework)?.[1]);
  const counts: Record<number, number> = {};
  for (const m of plan.measures)
    counts[numberOf(String(m.data.issue))] = (counts[numberOf(String(m.data.issue))] ?? 0) + 1;
  return counts;
}

if (!SEEDS)
  console.info(
    'seeds: ../shared/seeds not found, so the real seed reports were not imported (test/fixtures/import covers their shapes)',
  );

describe.runIf(SEEDS)('importing the shared seed reports', () => {
  for (const { seed, year, perIssue, longestSteps } of EXPECTED) {
    for (const ext of ['txt', 'docx']) {
      describe(`${seed}.${ext}`, async () => {
        // Vitest still collects a skipped suite: without the seeds nothing is read.
        const source = join(SEEDS ?? '', `${seed}.${ext}`);
        const plan = SEEDS ? await planImport({ source, root: PROJECT_ROOT, fiscalYear: year }) : ({} as ImportPlan);

        it('files the hand-counted number of measures under each issue', () => {
          expect(issueNumbers(plan)).toEqual(perIssue);
          expect(plan.notes.filter((n) => n.severity === 'error')).toEqual([]);
        });

        it('writes files that pass the measure schema, with unique ASCII slugs', () => {
          for (const m of plan.measures) expect(measureSchema.safeParse(m.data).success, m.path).toBe(true);
          const slugs = plan.measures.map((m) => m.slug);
          expect(new Set(slugs).size).toBe(slugs.length);
          for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]+$/);
        });

        it('splits numbered and dashed steps into lists', () => {
          const longest = Math.max(...plan.measures.map((m) => (m.data.steps as string[]).length));
          expect(longest).toBe(longestSteps);
          for (const m of plan.measures)
            for (const step of m.data.steps as string[]) expect(step).not.toMatch(/^\s*(?:[0-9๐-๙]{1,2}\.|-)\s/);
        });

        it('reads every period it can and keeps and reports the ones it cannot', () => {
          for (const m of plan.measures) {
            const parsed = measureSchema.parse(m.data);
            if (m.data.period)
              expect(parsed.period.wholeFiscalYear || parsed.period.start <= parsed.period.end).toBe(true);
            else expect(m.draft && /^period: # ต้องเติม/m.test(m.text), m.path).toBe(true);
          }
          const unread = plan.notes.filter((n) => /cannot read the period/.test(n.en));
          expect(unread.length).toBe(
            plan.measures.filter((m) => /^period: # ต้องเติม.*รายงานเดิมเขียนว่า/m.test(m.text)).length,
          );
          expect(plan.measures.filter((m) => m.data.period).length).toBeGreaterThanOrEqual(plan.measures.length - 1);
        });

        it('loses no word of any table cell', async () => {
          const cells =
            ext === 'txt'
              ? readFileSync(source, 'utf8')
                  .split('\n')
                  .filter((line) => line.includes('\t'))
                  .flatMap((line) => line.split('\t'))
              : (await readSource(source)).tables.flatMap((t) => t.rows.flat());
          expect(missingWords(cells, [...plan.files.map((f) => f.text), formatReport(plan.notes)])).toEqual([]);
        });
      });
    }
  }

  it('imports as drafts in the "unmapped" bucket, with their text, the indicators of seed 004 that its own year\'s 7-ประเด็น framework has no place for', async () => {
    const plan = await planImport({ source: join(SEEDS!, '004_cd183b99c7d21b1c.txt'), root: PROJECT_ROOT });
    expect(plan.fiscalYear).toBe(2568);
    expect(plan.measures).toHaveLength(10);
    expect(plan.notes.filter((n) => n.severity === 'error')).toEqual([]);
    const unmapped = plan.measures.filter((m) => m.data.issue === 'unmapped');
    expect(unmapped.length).toBeGreaterThan(0);
    for (const m of unmapped) {
      expect(m.draft).toBe(true);
      expect(m.path).toMatch(/\/unmapped-\d+\.mdx$/);
      expect(m.text).toMatch(/^# ประเด็นตามรายงานเดิม: ตัวชี้วัดที่/m);
    }
    expect(plan.notes.filter((n) => n.severity === 'warning' && /by meaning/.test(n.en)).length).toBe(
      plan.measures.length - unmapped.length,
    );
  });
});
