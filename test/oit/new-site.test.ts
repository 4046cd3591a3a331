import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createTempProject } from '../support/temp-project';
import { runBuild } from '../support/temp-project';
import { stripThaiBreaks } from '@/build/thai-breaks/mark-thai-breaks';
import { listFiles, readAsText } from '../support/dist-scan';

const FLAGS = [
  '--name',
  'บ้านนาทดลอง',
  '--type',
  'อบต.',
  '--address',
  'เลขที่ 1 หมู่ที่ 2',
  '--subdistrict',
  'บ้านนา',
  '--district',
  'เมืองทดลอง',
  '--province',
  'ทดลอง',
  '--postcode',
  '12345',
  '--url',
  'https://www.bannatest.example.go.th/ita/',
  '--phone',
  '0 4411 1111',
  '--email',
  'saraban@bannatest.example.go.th',
];
// Words only the demo organisation uses: none may survive into the new site.
const DEMO_WORDS = ['หนองตัวอย่าง', 'nongtuayang', 'มั่นคง ซื่อสัตย์ยิ่ง', 'Nong Tua-yang'];

function newSite(root: string, args: string[], input = ''): { status: number; output: string } {
  const result = spawnSync('npm', ['run', '--silent', 'new-site', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** What new-site wrote to content/organisation.yaml. */
const readOrganisation = (root: string) =>
  parse(readFileSync(join(root, 'content/organisation.yaml'), 'utf8')) as Record<string, unknown>;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
const fresh = () => {
  const root = createTempProject('ita-new-site-');
  roots.push(root);
  return root;
};

describe('npm run new-site, then npm run build (clock at 2026-12-03)', () => {
  let root = '';
  let build = { status: 1, output: '' };
  beforeAll(() => {
    root = fresh();
    // What using the demo leaves behind: the editor's backups and the importer's record of what it wrote.
    mkdirSync(join(root, 'content/.history/measures'), { recursive: true });
    writeFileSync(join(root, 'content/.history/measures/demo.mdx'), '---\ntitle: หนองตัวอย่าง\n---\n');
    mkdirSync(join(root, 'import-reports'), { recursive: true });
    writeFileSync(join(root, 'import-reports/demo.written.json'), '[]');
    const made = newSite(root, [...FLAGS, '--yes']);
    expect(made.status, made.output).toBe(0);
    build = runBuild(root, [], { ITA_TODAY: '2026-12-03' });
  });

  it('removes every demo measure, notice, evidence file, report, assessment and OIT item page, and keeps the frameworks', () => {
    for (const folder of ['measures', 'announcements', 'evidence', 'reports', 'assessments']) {
      expect(readdirSync(join(root, 'content', folder)), folder).toEqual(['.gitkeep']);
    }
    // content/oit/ now holds only what this build kept of its own (empty) sheets.
    expect(readdirSync(join(root, 'content/oit')).filter((f) => !/^published-\d{4}\.json$/.test(f))).toEqual([
      '.gitkeep',
    ]);
    expect(existsSync(join(root, 'content/.history')), 'the editor backups of demo files').toBe(false);
    expect(existsSync(join(root, 'import-reports')), 'the importer records of demo files').toBe(false);
    expect(readdirSync(join(root, 'content/frameworks')).sort()).toEqual([
      '2566.yaml',
      '2567.yaml',
      '2568.yaml',
      '2569.yaml',
      '2570.yaml',
    ]);
    expect(readOrganisation(root)).toMatchObject({
      name: 'องค์การบริหารส่วนตำบลบ้านนาทดลอง',
      shortName: 'อบต.บ้านนาทดลอง',
      kind: 'sao',
      publicUrl: 'https://www.bannatest.example.go.th/ita/',
    });
  });

  it('builds a site with no demo content at all', () => {
    expect(build.status, build.output).toBe(0);
    const dist = join(root, 'dist');
    const hits = listFiles(dist).filter((f) =>
      DEMO_WORDS.some((w) => stripThaiBreaks(readAsText(join(dist, f))).includes(w)),
    );
    expect(hits).toEqual([]);
    expect(stripThaiBreaks(readFileSync(join(dist, 'index.html'), 'utf8'))).toContain('องค์การบริหารส่วนตำบลบ้านนาทดลอง');
    expect(existsSync(join(dist, '2569'))).toBe(false);
  });

  it('gives a 2570 answer sheet that lists every item of the framework as ยังไม่มีข้อมูล', () => {
    const framework = parse(readFileSync(join(root, 'content/frameworks/2570.yaml'), 'utf8')) as {
      oitItems: { code: string }[];
    };
    const sheet = JSON.parse(readFileSync(join(root, 'dist/oit/2570/oit-2570.json'), 'utf8')) as {
      items: { code: string; hasContent: boolean; answers: unknown[] }[];
    };
    expect(sheet.items.map((i) => i.code)).toEqual(framework.oitItems.map((i) => i.code));
    expect(sheet.items).toHaveLength(26);
    expect(sheet.items.every((i) => !i.hasContent && i.answers.length === 0)).toBe(true);
    const html = readAsText(join(root, 'dist/oit/2570/index.html'));
    expect(html.split('ยังไม่มีข้อมูล').length - 1).toBe(26);
    expect(html).toContain('มีข้อมูล ๐ จาก ๒๖ ข้อ');
    expect(readAsText(join(root, 'dist/index.html'))).toMatch(/ภาพรวมปีงบประมาณปัจจุบัน ๒๕๗๐/);
  });
});

describe('npm run new-site asks in Thai', () => {
  it('takes the answers typed at its prompts (here piped in) and asks before removing anything', () => {
    const root = fresh();
    const answers = [
      'บ้านไร่ทดลอง',
      'เทศบาล',
      'เลขที่ 9',
      'บ้านไร่',
      'เมืองทดลอง',
      'ทดลอง',
      '54321',
      'https://www.banrai.example.go.th/',
      '0 4422 2222',
      'saraban@banrai.example.go.th',
      '',
      'ใช่',
      '',
    ].join('\n');
    const run = newSite(root, [], answers);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('ชื่อหน่วยงาน');
    expect(run.output).toContain('ยืนยันพิมพ์ ใช่');
    expect(readOrganisation(root)).toMatchObject({
      name: 'เทศบาลตำบลบ้านไร่ทดลอง',
      shortName: 'ทต.บ้านไร่ทดลอง',
      kind: 'subdistrict-municipality',
      publicUrl: 'https://www.banrai.example.go.th/',
    });
    expect(readdirSync(join(root, 'content/measures'))).toEqual(['.gitkeep']);
  });

  it('changes nothing when an answer is wrong, and says which in Thai and English', () => {
    const root = fresh();
    const run = newSite(root, [...FLAGS.map((v) => (v === '12345' ? '1234' : v)), '--yes']);
    expect(run.status).toBe(1);
    expect(run.output).toContain('รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก');
    expect(run.output).toContain('nothing was removed or changed');
    expect(readdirSync(join(root, 'content/measures')).length).toBeGreaterThan(1);
    expect(readFileSync(join(root, 'content/organisation.yaml'), 'utf8')).toContain('หนองตัวอย่าง');
  });
});
