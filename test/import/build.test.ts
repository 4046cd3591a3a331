import { stripThaiBreaks } from '@/build/thai-breaks/mark-thai-breaks';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, findSeedsDir, PROJECT_ROOT } from './helpers';

/**
 * Imports reports into a temporary copy of the project and builds the site
 * with them, the way a person would: `npm run import` then `npm run build`.
 * One build for the whole file.
 */
const SKIP = new Set(['node_modules', 'dist', '.build', '.astro', '.git', '.scratch', 'import-reports', 'test']);
const seeds = findSeedsDir();
const temp = mkdtempSync(join(tmpdir(), 'ita-import-build-'));
const out = join(temp, 'dist');
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join('scripts', script), ...args], {
    cwd: temp,
    encoding: 'utf8',
    env: { ...process.env, ITA_OFFLINE: '1', INIT_CWD: temp },
  });
// With the seeds: a Word report into 2568 and a pasted one into 2569; without them, our own Word fixture.
// Always: the four new report shapes (#15), Word and pasted text mixed; two reports of 2567 and two of 2566 share their years.
const shapes = ['improvement-plan.docx', 'scores-no-total.txt', 'question-codes.docx', 'memo.txt'].map((name) => ({
  file: join(FIXTURES, 'shapes', name),
  args: [],
}));
const imports: { file: string; args: string[] }[] = [
  ...(seeds
    ? [
        { file: join(seeds, '000_f97e7d3763edeebe.docx'), args: [] },
        { file: join(seeds, '004_cd183b99c7d21b1c.txt'), args: ['--year', '2569'] },
      ]
    : [{ file: join(FIXTURES, 'merged-cells.docx'), args: [] }]),
  ...shapes,
];
let build: ReturnType<typeof run>;
// Pages mark Thai word boundaries (<th-w>, <wbr>) for line breaking; the text compared here is the text a reader sees.
const readPage = (...parts: string[]) => readFileSync(join(out, ...parts), 'utf8').replace(/<\/?th-w>|<wbr>/g, '');
const importRuns: ReturnType<typeof run>[] = [];

beforeAll(() => {
  cpSync(PROJECT_ROOT, temp, {
    recursive: true,
    filter: (src) => !SKIP.has(relative(PROJECT_ROOT, src).split(sep)[0]!),
  });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(temp, 'node_modules'), 'dir');
  for (const { file, args } of imports) importRuns.push(run('import.ts', [file, ...args]));
  // A year with no framework yet, created the way the importer tells a person to (copy a year and edit it),
  // and a report whose text MDX would otherwise read as code or markup.
  const framework = readFileSync(join(temp, 'content', 'frameworks', '2568.yaml'), 'utf8').replace(
    /^fiscalYear: 2568$/m,
    'fiscalYear: 2570',
  );
  writeFileSync(join(temp, 'content', 'frameworks', '2570.yaml'), framework);
  // It gives a period (a measure without one stays a draft) but no budget and no obstacles.
  writeFileSync(
    join(temp, 'tricky.csv'),
    `มาตรการ,ขั้นตอน,ระยะเวลา,ผู้รับผิดชอบ,หมายเหตุ\nประเด็นที่ 1 งาน,,,,\nป้าย {ราคา} <ไม่เกิน> *ห้าพัน*,ทำป้าย #1 [ด่วน] a_b,ตลอดปีงบประมาณ,สำนักปลัด,"ใช้ {งบ} <กลาง> | ~ \\ \`x\`"\n`,
  );
  importRuns.push(run('import.ts', ['tricky.csv', '--year', '2570']));
  build = run('build.ts', ['--out', out, '--offline']);
}, 600_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('a site built with imported measures', () => {
  it('imports every report without a file left out', () => {
    for (const r of importRuns) expect(r.status, r.stderr + r.stdout).not.toBe(1);
    expect(existsSync(join(temp, 'content', 'measures', '2568', 'm-1-1.mdx'))).toBe(true);
  });

  it('builds', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
  });

  it('publishes each imported measure at /<year>/<issue>/<slug>/ with its steps', () => {
    const page = stripThaiBreaks(readFileSync(join(out, '2568', 'transparent-process', 'm-1-1', 'index.html'), 'utf8'));
    expect(page).toMatch(seeds ? /ประเมินความเสี่ยงการ/ : /รวบรวมรายงานการประชุม/);
  });

  it('shows text with MDX special characters exactly as the report wrote it', () => {
    const page = stripThaiBreaks(readFileSync(join(out, '2570', 'transparent-process', 'm-1-1', 'index.html'), 'utf8'));
    expect(page).toContain('ป้าย {ราคา} &lt;ไม่เกิน&gt; *ห้าพัน*');
    expect(page).toContain('ใช้ {งบ} &lt;กลาง&gt; | ~ \\ `x`');
  });

  it('shows a measure whose report gives no budget and no obstacles as "not stated", never as "none"', () => {
    // tricky.csv has no budget or obstacles column: the document makes neither claim.
    const page = stripThaiBreaks(readFileSync(join(out, '2570', 'transparent-process', 'm-1-1', 'index.html'), 'utf8'));
    const fields = page.slice(page.indexOf('<dl class="fields"'), page.indexOf('</dl>'));
    expect(fields).not.toContain('ไม่ใช้งบประมาณ');
    expect(fields).not.toContain('ไม่พบปัญหาและอุปสรรค');
    expect(fields.match(/ไม่ได้ระบุ/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it("publishes the new shapes' ready measures with their OIT code, and keeps their drafts and the unmapped bucket out", () => {
    const plan = readPage('2567', 'oit-9', 'm-9-1', 'index.html');
    expect(plan).toContain('เพิ่มแบบคำร้องขออนุญาตก่อสร้างในหน้าบริการออนไลน์');
    expect(plan).toMatch(/O18 /);
    // scores-no-total came second in 2567: its indicator-9 measure is numbered after the improvement plan's.
    expect(readPage('2567', 'oit-9', 'm-9-2', 'index.html')).toContain('เผยแพร่รายงานการใช้จ่ายรายไตรมาส');
    expect(existsSync(join(out, '2566', 'iit-1', 'm-1-1', 'index.html'))).toBe(true);
    expect(existsSync(join(out, '2567', 'oit-10', 'm-10-1', 'index.html'))).toBe(false);
    expect(existsSync(join(out, '2566', 'eit-7', 'm-7-1', 'index.html'))).toBe(false);
    expect(existsSync(join(out, '2566', 'unmapped'))).toBe(false);
    const search = readdirSync(join(out), { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('unmapped'));
    expect(search).toEqual([]);
  });

  it("publishes the assessment whose scores all agree, and not the memo's one-row draft", () => {
    const page = readPage('assessment', '2566', 'index.html');
    expect(page).toMatch(/87\.27|๘๗\.๒๗/);
    expect(existsSync(join(out, 'assessment', '2565'))).toBe(false);
  });

  it.runIf(seeds)('publishes the ten indicators of seed 004 under 2569 and keeps its draft out', () => {
    for (const issue of ['iit-2', 'iit-3', 'eit-6', 'oit-10'])
      expect(existsSync(join(out, '2569', issue, `m-${issue.split('-')[1]}-1`, 'index.html')), issue).toBe(true);
    // Indicator 1's period lists two dates, so it was imported as a draft and must not be published.
    expect(existsSync(join(out, '2569', 'iit-1', 'm-1-1', 'index.html'))).toBe(false);
  });
});
