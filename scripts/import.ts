/**
 * `npm run import -- <file> [--year 2568] [--round 6|12] [--dry-run] [--force] [--root DIR]`:
 * turns an existing report (Word .docx, .csv/.tsv, or a table pasted into .txt)
 * into measure files, and prints what it could not map.
 */
import { resolve } from 'node:path';
import { countNotes, formatReport } from '@/lib/import/report';
import { ImportError } from '@/lib/import/read-source';
import { planImport } from '@/lib/import/run-import';
import { writeImport } from '@/lib/import/write-import';
import { formatPlan } from '@/lib/import/plan-writes';
import { formatSummary } from '@/lib/import/summary';
import { parseOptions } from './support/parse-options';

const USAGE = `ใช้ / usage: npm run import -- <ไฟล์ file.docx|.csv|.tsv|.txt> [--year 2568] [--round 6|12] [--dry-run] [--force] [--root โฟลเดอร์โครงการ]`;

function fail(message: string): never {
  console.error(`✗ ${message}\n${USAGE}`);
  process.exit(1);
}

const { values, positionals } = parseOptions({
  usage: USAGE,
  allowPositionals: true,
  options: {
    year: { type: 'string' },
    round: { type: 'string' },
    'dry-run': { type: 'boolean' },
    force: { type: 'boolean' },
    root: { type: 'string' },
  },
});

const source = positionals[0];
if (!source) fail('ยังไม่ได้ระบุไฟล์รายงาน / no report file given');
const year = values.year === undefined ? undefined : Number(values.year);
if (year !== undefined && !(Number.isInteger(year) && year >= 2540 && year <= 2700))
  fail(
    `--year ต้องเป็นปี พ.ศ. เช่น 2568 ได้ "${values.year}" / --year must be a Buddhist-era year such as 2568, got "${values.year}"`,
  );
const round = values.round === undefined ? undefined : Number(values.round);
if (round !== undefined && round !== 6 && round !== 12)
  fail(`--round ต้องเป็น 6 หรือ 12 ได้ "${values.round}" / --round must be 6 or 12, got "${values.round}"`);
// npm runs scripts in the project folder (the default root); INIT_CWD is where the person typed the command, so the paths they typed are read from there.
const cwd = process.env.INIT_CWD ?? process.cwd();
const root = values.root ? resolve(cwd, values.root) : process.cwd();

try {
  const force = values.force ?? false;
  const plan = await planImport({
    source: resolve(cwd, source),
    root,
    force,
    ...(year ? { fiscalYear: year } : {}),
    ...(round ? { round: round as 6 | 12 } : {}),
  });
  // The dry run prints the same summary, plan and report as the real run, from the same decisions.
  if (values['dry-run']) {
    for (const file of plan.writes.filter((w) => w.action === 'create' || w.action === 'overwrite'))
      console.log(`\n===== ${file.path} =====\n${file.text}`);
    console.log(`\n${formatSummary(plan)}\n\n${formatPlan(plan.writes)}\n\n${formatReport(plan.notes)}\n`);
    const writing = plan.writes.filter((w) => w.action === 'create' || w.action === 'overwrite').length;
    console.log(
      `(ทดลอง / dry run) จะเขียน ${writing} ไฟล์ ไม่ได้เขียนอะไร / would write ${writing} file(s); nothing was written.`,
    );
  } else {
    const result = writeImport(plan, root, force, formatReport);
    console.log(
      `\n${formatSummary(plan, result.written)}\n\n${formatPlan(plan.writes)}\n\n${formatReport(plan.notes)}\n`,
    );
    const counts = countNotes(plan.notes);
    console.log(
      `เขียน ${result.written.length} ไฟล์, ไม่ได้นำเข้า ${counts.error} รายการ, ต้องตรวจ ${counts.warning} รายการ — รายงานเต็มอยู่ที่ ${result.reportPath}`,
    );
    console.log(
      `wrote ${result.written.length} file(s); ${counts.error} not imported, ${counts.warning} to check; full report in ${result.reportPath}`,
    );
    if (counts.error) process.exitCode = 2;
  }
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  throw error;
}
