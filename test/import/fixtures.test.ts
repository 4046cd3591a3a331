import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessmentSchema } from '@/schemas/assessment';
import { parse } from 'yaml';
import { formatReport } from '@/lib/import/report';
import { readSource } from '@/lib/import/read-source';
import { planImport } from '@/lib/import/run-import';
import { writeImport } from '@/lib/import/write-import';
import { FIXTURES, missingWords, PROJECT_ROOT } from './helpers';

/** The importer on the project's own small fixtures (no seeds needed), against a 3-issue framework of our own. */
const ROOT = join(FIXTURES, 'project');
const fixture = (name: string) => join(FIXTURES, name);
const byPath = (plan: Awaited<ReturnType<typeof planImport>>) => new Map(plan.measures.map((m) => [m.path, m]));

describe('pasted text with HTML fragments, page breaks and other tables', async () => {
  const plan = await planImport({ source: fixture('pasted-report.txt'), root: ROOT });
  const measures = byPath(plan);

  it('reads year, round and organisation from the title lines', () => {
    expect(plan.fiscalYear).toBe(2568);
    expect(plan.round).toBe(6);
    expect(plan.info.organisation).toBe('องค์การบริหารส่วนตำบลทดลองนำเข้า');
  });

  it('files each measure under its section, with stable slugs', () => {
    expect([...measures.keys()]).toEqual([
      'content/measures/2568/m-1-1.mdx',
      'content/measures/2568/m-1-2.mdx',
      'content/measures/2568/m-2-1.mdx',
      'content/measures/2568/m-2-2.mdx',
    ]);
    expect(plan.measures.map((m) => m.data.issue)).toEqual(['open-work', 'open-work', 'fair-service', 'fair-service']);
  });

  it('turns numbered, <ol> and dashed cells into lists and joins the row continued on the next page', () => {
    expect(measures.get('content/measures/2568/m-1-1.mdx')!.data.steps).toEqual([
      'ทำแผ่นป้ายขั้นตอน',
      'ติดตั้งที่จุดบริการ',
      'ถ่ายภาพเผยแพร่ทางเพจ',
    ]);
    expect(measures.get('content/measures/2568/m-1-1.mdx')!.data.outputs).toEqual([
      'ติดป้ายครบสามจุด',
      'มีผู้กดถูกใจโพสต์ ๔๐ ครั้ง',
    ]);
    const second = measures.get('content/measures/2568/m-1-2.mdx')!;
    expect(second.data.steps).toEqual(['นัดวันประชุม', 'ชี้แจงคู่มือ', 'ทำแบบทดสอบหลังประชุม', 'เก็บแบบทดสอบเข้าแฟ้ม']);
    expect(second.data.outputs).toEqual(['ประชุมแล้วหนึ่งครั้ง', 'มีพนักงานเข้าร่วมยี่สิบห้าคน', 'ส่งสรุปผลให้นายก']);
    expect(measures.get('content/measures/2568/m-2-1.mdx')!.data.steps).toEqual([
      'ติดตั้งเครื่องกดบัตรคิว',
      'อบรมพนักงานหน้าเคาน์เตอร์',
    ]);
  });

  it('keeps Thai period text the parser reads, and keeps and reports the one it cannot, as a draft', () => {
    expect(measures.get('content/measures/2568/m-1-1.mdx')!.data.period).toBe('๑ ต.ค. ๖๗ ถึง ๓๑ มี.ค. ๖๘');
    const unread = measures.get('content/measures/2568/m-1-2.mdx')!;
    expect(unread.data.period).toBeNull();
    expect(unread.draft).toBe(true);
    // The clerk fills the empty line; the report's words sit beside it, never in the published body.
    expect(unread.text).toMatch(/^period: # ต้องเติม.*รายงานเดิมเขียนว่า "เมื่อพร้อมจัดได้"$/m);
    expect(unread.text.split('---')[2]).not.toContain('เมื่อพร้อมจัดได้');
    const note = plan.notes.find((n) => /cannot read the period/.test(n.en))!;
    expect(note.place).toMatchObject({ table: 1, row: 4, column: 3, header: 'ระยะเวลาดำเนินการ' });
    expect(note.text).toBe('เมื่อพร้อมจัดได้');
  });

  it('keeps an unknown column in the body and names it in the report', () => {
    expect(measures.get('content/measures/2568/m-1-1.mdx')!.text).toContain('## หมายเหตุ\n\n- ใช้งบประมาณของกองเดิม');
    expect(plan.notes.some((n) => n.place?.header === 'หมายเหตุ' && n.place.column === 7)).toBe(true);
  });

  it('keeps a score table with 2 of 10 indicators as a draft assessment of the year before, table kept, no level invented', () => {
    expect(plan.files.some((f) => f.path === 'content/assessments/2568.yaml')).toBe(false);
    const file = plan.files.find((f) => f.path === 'content/assessments/2567.yaml')!;
    const assessment = assessmentSchema.parse(parse(file.text));
    expect(assessment.draft).toBe(true);
    expect(parse(file.text)).toMatchObject({ totalScore: 86.4, rating: null });
    expect(assessment.indicators).toEqual([
      { number: 3, title: 'การใช้อำนาจ', score: 91.2 },
      { number: 9, title: 'การเปิดเผยข้อมูล', score: 72.5 },
    ]);
    expect(assessment.improvements[0]).toMatchObject({
      indicator: 9,
      steps: ['ตั้งผู้ดูแลเว็บไซต์', 'ตรวจรายการข้อมูลทุกสิ้นเดือน'],
      responsible: ['สำนักปลัด'],
    });
    expect(file.text).toContain('# ตารางตามเอกสารเดิม');
    expect(file.text).toContain('คะแนนรวม | ๘๖.๔๐');
    expect(file.text).not.toMatch(/ผ่าน/);
    expect(file.text).toMatch(/^rating: # ต้องเติม/m);
  });

  it('recognises the project-status table and reports the unknown table whole', () => {
    expect(plan.notes.some((n) => n.place?.table === 3 && /project-status table/.test(n.en))).toBe(true);
    expect(plan.notes.some((n) => n.place?.table === 5 && /unknown kind/.test(n.en))).toBe(true);
  });

  it('loses no word of any table cell', async () => {
    const cells = (await readSource(fixture('pasted-report.txt'))).tables.flatMap((t) => t.rows.flat());
    expect(missingWords(cells, [...plan.files.map((f) => f.text), formatReport(plan.notes)])).toEqual([]);
  });
});

describe('CSV with quoted cells and extra columns', async () => {
  const plan = await planImport({ source: fixture('measures.csv'), root: ROOT, fiscalYear: 2568, round: 12 });

  it('maps a bare "3. …" section by number and title, and splits a quoted multi-line cell', () => {
    expect(plan.measures).toHaveLength(1);
    const [measure] = plan.measures;
    expect(measure!.data).toMatchObject({
      issue: 'clean-purchase',
      steps: ['รวบรวมแผนจากทุกกอง', 'ตรวจความถูกต้อง', 'เผยแพร่ภายใน ๓๐ วัน'],
      obstacles: ['ระบบเว็บไซต์ล่มสองวัน'],
      outputs: ['เผยแพร่แผนครบ "ทุกโครงการ"'],
      status: 'done',
      progress: [{ round: 12, status: 'done' }],
    });
    expect(measure!.text).toContain('## การรายงานผลและการกำกับติดตาม\n\n- รายงานนายกทุกไตรมาส');
  });

  it('asks for the year when the file does not say it', async () => {
    await expect(planImport({ source: fixture('measures.csv'), root: ROOT })).rejects.toThrow(/--year 2568/);
  });

  it('says how to create a missing framework file', async () => {
    await expect(planImport({ source: fixture('measures.csv'), root: ROOT, fiscalYear: 2570 })).rejects.toThrow(
      /copy content\/frameworks\/2568\.yaml to 2570\.yaml/,
    );
  });
});

describe('Word document with merged cells and automatic numbering', async () => {
  const plan = await planImport({ source: fixture('merged-cells.docx'), root: ROOT });

  it('follows a vertically merged issue cell and a row merged across', () => {
    expect(plan.fiscalYear).toBe(2568);
    expect(plan.info.organisation).toBe('เทศบาลตำบลทดลองนำเข้า');
    expect(plan.measures.map((m) => [m.data.issue, m.data.title])).toEqual([
      ['open-work', 'เปิดเผยรายงานการประชุมสภา'],
      ['open-work', 'ทำบันทึกการรับของขวัญ'],
      ['fair-service', 'ลดเวลารอรับบริการงานทะเบียน'],
    ]);
  });

  it("warns when the report's title names another organisation than the site's", async () => {
    const intoDemo = await planImport({ source: fixture('merged-cells.docx'), root: PROJECT_ROOT });
    expect(intoDemo.notes.filter((n) => /check it is the right organisation/.test(n.en))).toHaveLength(1);
    expect(plan.notes.filter((n) => /right organisation/.test(n.en))).toEqual([]);
  });

  it("keeps Word's numbered list as steps", () => {
    expect(plan.measures[0]!.data.steps).toEqual(['รวบรวมรายงานการประชุม', 'ตรวจทานข้อความ', 'เผยแพร่บนเว็บไซต์']);
    expect(plan.measures[1]!.data.steps).toEqual(['จัดทำแบบบันทึก', 'แจ้งเวียนทุกกอง']);
    expect(plan.measures[2]!.data.period).toBe('1 ธ.ค. 2567 ถึง 28 ก.พ. 2568');
  });
});

describe('writing into a project', () => {
  const temp = mkdtempSync(join(tmpdir(), 'ita-import-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  cpSync(ROOT, temp, { recursive: true });

  it('writes files that pass the content checks, never overwrites without --force, and saves the report', async () => {
    const plan = await planImport({ source: fixture('pasted-report.txt'), root: temp });
    const first = writeImport(plan, temp, false, formatReport);
    expect(first.written).toHaveLength(5);
    expect(plan.notes.filter((n) => /content check/.test(n.en))).toEqual([]);
    expect(readFileSync(join(temp, first.reportPath), 'utf8')).toContain('เมื่อพร้อมจัดได้');

    const again = await planImport({ source: fixture('pasted-report.txt'), root: temp });
    const second = writeImport(again, temp, false, formatReport);
    expect(second.written).toEqual([]);
    expect(second.kept).toHaveLength(5);
    expect(again.notes.filter((n) => /already exists/.test(n.en))).toHaveLength(5);

    const forced = writeImport(
      await planImport({ source: fixture('pasted-report.txt'), root: temp }),
      temp,
      true,
      formatReport,
    );
    expect(forced.written).toHaveLength(5);
  });

  it('--dry-run prints the files and writes nothing', () => {
    const dry = mkdtempSync(join(tmpdir(), 'ita-import-dry-'));
    cpSync(ROOT, dry, { recursive: true });
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(PROJECT_ROOT, 'scripts', 'import.ts'),
        fixture('merged-cells.docx'),
        '--root',
        dry,
        '--dry-run',
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('===== content/measures/2568/m-1-1.mdx =====');
    expect(run.stdout).toContain('would write 3 file(s); nothing was written');
    expect(existsSync(join(dry, 'content', 'measures'))).toBe(false);
    expect(readdirSync(dry)).toEqual(['content']);
    rmSync(dry, { recursive: true, force: true });
  });

  it('explains a bad option in Thai and English', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'import.ts'), fixture('measures.csv'), '--round', '9'],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--round ต้องเป็น 6 หรือ 12');
    expect(run.stderr).toContain('--round must be 6 or 12');
  });
});

describe('a measure table with status ticks and a budget column', async () => {
  const plan = await planImport({ source: fixture('status-ticks.csv'), root: ROOT, fiscalYear: 2568 });

  it('reads each tick as the status its column names, and plain amounts as the budget', () => {
    expect(plan.measures.map((m) => [m.data.title, m.data.status, m.data.budget ?? null])).toEqual([
      ['ติดตั้งกล่องรับเรื่องหน้าสำนักงาน', 'done', { allocated: 5000 }],
      ['ทำสื่อประชาสัมพันธ์ราคากลาง', 'in-progress', null],
      ['จัดเวทีชี้แจงผู้ประกอบการ', 'planned', null],
    ]);
  });

  it('keeps a budget that is not an amount in the body and reports it', () => {
    expect(plan.measures[1]!.text).toContain('## งบประมาณ (บาท)\n\n- ไม่ใช้งบประมาณ');
    expect(plan.notes.some((n) => n.place?.header === 'งบประมาณ (บาท)' && n.place.row === 4)).toBe(true);
  });
});
