import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOfHeader, rolesOfRow } from '@/lib/import/columns';
import { interpretTables } from '@/lib/import/interpret-tables';
import { readSource } from '@/lib/import/read-source';
import { planImport } from '@/lib/import/run-import';
import { FIXTURES, findSeedsDir, missingWords, PROJECT_ROOT } from './helpers';

/**
 * Nothing a measures table says is lost: for every shared seed and every
 * fixture report, every word of every cell of every table the importer read
 * as measures (header rows aside, they are labels) appears in the files it
 * writes — the measure's fields, its body or the comment beside a field left
 * for the clerk. The printed report does not count: it is not published.
 */
const SEEDS = findSeedsDir();
if (!SEEDS) console.info("fidelity: ../shared/seeds not found, so only the project's own fixtures were checked");

const sources: { file: string; root: string; year?: number }[] = [
  ...['pasted-report.txt', 'merged-cells.docx', 'status-ticks.csv', 'measures.csv'].map((name) => ({
    file: join(FIXTURES, name),
    root: join(FIXTURES, 'project'),
    year: 2568,
  })),
  ...readdirSync(join(FIXTURES, 'shapes'))
    .filter((f) => /\.(docx|txt)$/.test(f))
    .map((name) => ({ file: join(FIXTURES, 'shapes', name), root: PROJECT_ROOT })),
  ...(SEEDS
    ? readdirSync(SEEDS)
        .filter((f) => /\.(docx|txt)$/.test(f))
        .map((name) => ({ file: join(SEEDS, name), root: PROJECT_ROOT, year: name.startsWith('004') ? 2569 : 2568 }))
    : []),
];

describe('every word of every measures-table cell reaches the written files', () => {
  it('covers the seeds and the fixtures', () => {
    expect(sources.length).toBeGreaterThanOrEqual(SEEDS ? 18 : 12);
  });

  for (const { file, root, year } of sources) {
    it(file.replace(/^.*\//, ''), async () => {
      const plan = await planImport({ source: file, root, ...(year ? { fiscalYear: year } : {}) });
      const document = await readSource(file);
      const measureTables = new Set(
        interpretTables(document).measures.flatMap((m) => [
          m.table,
          ...m.continuedBy.map((c) => Number(c.split(':')[0])),
        ]),
      );
      expect(measureTables.size).toBeGreaterThan(0);
      const cells = document.tables
        .filter((t) => measureTables.has(t.index))
        .flatMap((t) => t.rows.filter((row) => kindOfHeader(rolesOfRow(row)) === 'unknown').flat());
      expect(
        missingWords(
          cells,
          plan.files.map((f) => f.text),
        ),
      ).toEqual([]);
    });
  }
});
