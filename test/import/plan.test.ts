import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessmentSchema } from '@/schemas/assessment';
import { planImport } from '@/lib/import/run-import';
import { FIXTURES, PROJECT_ROOT } from './helpers';

/** The import's promises to the clerk: one plan for the dry run and the real run, no score it cannot stand behind, a summary that says what to do. */
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A project with the real frameworks and organisation, nothing else. */
function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ita-import-plan-'));
  temps.push(dir);
  cpSync(join(PROJECT_ROOT, 'content', 'frameworks'), join(dir, 'content', 'frameworks'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'content', 'organisation.yaml'), join(dir, 'content', 'organisation.yaml'));
  return dir;
}

const runImport = (root: string, args: string[]) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'import.ts'), ...args, '--root', root],
    { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: root } },
  );
/** The part both runs print: summary, file plan and report (the dry run also shows the files' text above it). */
const planBlock = (stdout: string) =>
  stdout.slice(stdout.indexOf('สิ่งที่ต้องทำต่อ'), stdout.search(/\n\(ทดลอง \/ dry run\)|\nเขียน \d+ ไฟล์/));
const listFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('--dry-run and the real run on a folder where some files exist', () => {
  const root = makeProject();
  const report = join(root, 'report.txt');
  // The clerk imported the report, deleted one measure they did not want, then added a row to the report and imports it again.
  writeFileSync(report, readFileSync(join(FIXTURES, 'shapes', 'question-codes.txt'), 'utf8'));
  const first = runImport(root, ['report.txt']);
  unlinkSync(join(root, 'content', 'measures', '2566', 'm-1-2.mdx'));
  writeFileSync(
    report,
    readFileSync(report, 'utf8').replace(
      'กองช่าง\t\t\n',
      'กองช่าง\t\t\n\tจัดช่องยื่นคำขอด่วนสำหรับผู้สูงอายุ\tเปิดโต๊ะยื่นคำขอหน้าห้องโถง\tตลอดปีงบประมาณ\tกองช่าง\t\t\n',
    ),
  );
  const before = listFiles(root);
  const dry = runImport(root, ['report.txt', '--dry-run']);
  const afterDry = listFiles(root);
  const real = runImport(root, ['report.txt']);

  it('imported the first time', () => {
    expect(first.status, first.stderr).toBe(0);
  });

  it('the dry run writes nothing', () => {
    expect(dry.status, dry.stderr).toBe(0);
    expect(afterDry).toEqual(before);
  });

  it('prints the same summary, file plan and report as the real run', () => {
    expect(planBlock(dry.stdout).length).toBeGreaterThan(200);
    expect(planBlock(real.stdout)).toBe(planBlock(dry.stdout));
  });

  it('plans to create only the new row, keep the existing files and not bring back the deleted one, and does exactly that', () => {
    const plan = planBlock(real.stdout);
    expect(plan).toContain('✓ content/measures/2566/m-8-2.mdx — สร้างใหม่ / create');
    expect(plan).toContain('✗ content/measures/2566/m-1-1.mdx — มีอยู่แล้ว ไม่เขียนทับ / exists, kept');
    expect(plan).toContain(
      '✗ content/measures/2566/m-1-2.mdx — เคยลบไปแล้ว ไม่สร้างใหม่ / deleted earlier, not brought back',
    );
    expect(plan).toContain('file plan: เขียน 1 ไฟล์, ไม่เขียน 5 ไฟล์');
    expect(dry.stdout).toContain('would write 1 file(s); nothing was written');
    expect(real.stdout).toContain('wrote 1 file(s)');
    expect(existsSync(join(root, 'content', 'measures', '2566', 'm-8-2.mdx'))).toBe(true);
    expect(existsSync(join(root, 'content', 'measures', '2566', 'm-1-2.mdx'))).toBe(false);
    // The saved report reads like the screen, summary first.
    expect(
      readFileSync(join(root, 'import-reports', 'report.txt'), 'utf8').startsWith(planBlock(real.stdout).trim()),
    ).toBe(true);
  });

  it('brings the deleted file back only with --force, and the dry run says so first', () => {
    const forcedDry = runImport(root, ['report.txt', '--dry-run', '--force']);
    expect(planBlock(forcedDry.stdout)).toContain('✓ content/measures/2566/m-1-2.mdx — สร้างใหม่ / create');
    const forced = runImport(root, ['report.txt', '--force']);
    expect(planBlock(forced.stdout)).toBe(planBlock(forcedDry.stdout));
    expect(existsSync(join(root, 'content', 'measures', '2566', 'm-1-2.mdx'))).toBe(true);
  });
});

describe('a project imported before the importer kept its list of written files', () => {
  it('still knows the files of the same report by their first comment, so a re-import refuses them instead of adding copies', () => {
    const root = makeProject();
    const source = join(FIXTURES, 'shapes', 'memo.txt');
    expect(runImport(root, [source]).status).toBe(0);
    rmSync(join(root, 'import-reports'), { recursive: true });
    const again = runImport(root, [source, '--dry-run']);
    expect(planBlock(again.stdout)).toContain('file plan: เขียน 0 ไฟล์, ไม่เขียน 4 ไฟล์');
    expect(planBlock(again.stdout)).toContain('✗ content/measures/2566/m-7-1.mdx — มีอยู่แล้ว ไม่เขียนทับ / exists, kept');
  });
});

describe('the summary a clerk reads first', () => {
  it('leads, in Thai, with how many are ready and how many are drafts and why, one line each', () => {
    const root = makeProject();
    const run = runImport(root, [join(FIXTURES, 'shapes', 'question-codes.txt')]);
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'สิ่งที่ต้องทำต่อ / what to do next:',
      '- มาตรการพร้อมเผยแพร่ 3 รายการ — ตรวจรายการ "โปรดตรวจ" ในรายงานด้านล่าง แล้วสั่ง npm run build',
      '- ฉบับร่าง 2 รายการ (ไม่เผยแพร่จนกว่าจะแก้และเปลี่ยน draft: true เป็น false):',
      '  - 1 รายการ ยังไม่ได้จัดเข้าประเด็น (issue: unmapped) — เปลี่ยน issue เป็นรหัสประเด็นที่ถูก',
      '  - 1 รายการ รายงานไม่ได้บอกสถานะ — เติมช่อง status:',
    ]);
  });
});

describe('no score the document does not stand behind', () => {
  const root = makeProject();
  const write = (name: string, text: string) => {
    writeFileSync(join(root, name), text);
    return join(root, name);
  };

  it("a score table with one indicator's row only produces no published assessment, and a draft that keeps the table", async () => {
    const source = write(
      'one-row.txt',
      'รายงานการวิเคราะห์ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nตัวชี้วัด\tคะแนน\nตัวชี้วัดที่ ๓ การใช้อำนาจ\t๘๔.๑๗\nคะแนนรวม\t๘๔.๑๗\n',
    );
    const plan = await planImport({ source, root });
    expect(plan.assessment).toMatchObject({ published: false, year: 2565, path: 'content/assessments/2565.yaml' });
    const data = assessmentSchema.parse(parse(plan.assessment!.text));
    expect(data.draft).toBe(true);
    expect(parse(plan.assessment!.text).rating).toBeNull();
    expect(plan.assessment!.text).toContain('#   ตัวชี้วัดที่ ๓ การใช้อำนาจ | ๘๔.๑๗');
    expect(plan.assessment!.text).not.toMatch(/ผ่าน/);
  });

  it('ten scores whose total does not agree stay a draft, and the reason is written in the file', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1} ตัวชี้วัดทดสอบ\t90.00`).join('\n');
    const source = write(
      'ten-rows.txt',
      `ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 อยู่ในระดับ A\nตัวชี้วัด\tคะแนน\n${rows}\nคะแนนรวม\t84.17\n`,
    );
    const plan = await planImport({ source, root, fiscalYear: 2567 });
    expect(plan.assessment).toMatchObject({ published: false, year: 2566 });
    expect(plan.assessment!.text).toContain('ไม่ตรงกับที่คำนวณจากตัวชี้วัด (ถ่วงน้ำหนัก 90.00, เฉลี่ย 90.00)');
    const agreeing = write('ten-rows-ok.txt', readFileSync(source, 'utf8').replace('84.17', '90.00'));
    expect((await planImport({ source: agreeing, root, fiscalYear: 2567 })).assessment).toMatchObject({
      published: true,
      year: 2566,
    });
  });
});
