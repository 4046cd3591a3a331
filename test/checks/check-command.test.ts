import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '@/lib/checks/report';
import { createTempProject } from '../support/temp-project';
import { formatThaiId, makeSyntheticThaiId } from '../support/make-pdf';

let root = '';
beforeAll(() => {
  root = createTempProject('ita-check-');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The clock is pinned inside fiscal year 2569, which the demo answers in full; the OIT tests below move it.
function check(args: string[], today = '2026-06-03', cwd = root): { status: number; stdout: string } {
  const result = spawnSync('npm', ['run', '--silent', 'check', '--', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', ITA_TODAY: today },
  });
  return { status: result.status ?? 1, stdout: result.stdout };
}

describe('npm run check', () => {
  it('passes the demo content, reports its figures as JSON and notes that external links were skipped in CI', () => {
    const { status, stdout } = check(['--json', '--no-dist']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as CheckReport;
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 0 });
    expect(report.checks.map((c) => c.name)).toEqual([
      'content',
      'evidence-files',
      'privacy',
      'fiscal-year',
      'external-links',
      'oit-items',
    ]);
    expect(report.checks.find((c) => c.name === 'evidence-files')!.stats.files).toBeGreaterThan(20);
    expect(report.checks.find((c) => c.name === 'external-links')!.notes[0]).toContain('running in CI');
  });

  it('warns on a private phone number, fails on an ID number, and says both in Thai and English', () => {
    const file = join(root, 'content/measures/2569/bribery-risk-assessment.mdx');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\nติดต่อ คุณสมชาย 081-555-1234 เลข ${formatThaiId(makeSyntheticThaiId('370990012312'))}\n`,
    );
    const json = check(['--json', '--no-dist']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as CheckReport;
    expect(report.errors).toBe(1);
    expect(report.warnings).toBe(1);
    const human = check(['--no-dist']);
    expect(human.status).toBe(1);
    expect(human.stdout).toContain('คำเตือน / WARNING: content/measures/2569/bribery-risk-assessment.mdx');
    expect(human.stdout).toContain('found a phone number 081-555-1234');
    expect(human.stdout).toContain('ไม่ผ่าน: ข้อผิดพลาด 1 คำเตือน 1');
  });
});

describe('npm run check: OIT items of the current fiscal year', () => {
  // Its own copy: the tests above leave an ID number in the first one.
  let own = '';
  beforeAll(() => {
    own = createTempProject('ita-check-oit-');
  });
  afterAll(() => rmSync(own, { recursive: true, force: true }));
  it('on 2026-12-03 lists every unanswered 2570 item as a warning naming the file to add, and as an error with --strict', () => {
    const warned = check(['--json', '--no-dist', '--offline'], '2026-12-03', own);
    const report = JSON.parse(warned.stdout) as CheckReport;
    const oit = report.checks.find((c) => c.name === 'oit-items')!;
    const files = oit.problems.map((p) => p.file);
    expect(oit.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(files).toContain('content/oit/2570/O1.mdx');
    expect(files).toContain('content/oit/2570/O24.mdx');
    // O26 (report of the year before) is answered by 2569's 12-month report, so it is not listed.
    expect(files).not.toContain('content/oit/2570/O26.mdx');
    expect(oit.stats).toMatchObject({ items: 26, answered: 26 - files.length, unconfirmed: 26 });
    const strict = check(['--json', '--no-dist', '--offline', '--strict'], '2026-12-03', own);
    expect(strict.status).toBe(1);
    const strictOit = (JSON.parse(strict.stdout) as CheckReport).checks.find((c) => c.name === 'oit-items')!;
    expect(strictOit.problems.map((p) => p.severity)).toEqual(files.map(() => 'error'));
  });

  it('tells staff (never the public pages) which codes are unconfirmed and the framework notes', () => {
    const human = check(['--no-dist', '--offline'], undefined, own);
    expect(human.stdout).toContain('(confirmed: false) 26 ข้อ');
    expect(human.stdout).toContain('staff note O25');
  });

  it('stops on a notice of a year that has no framework and names the file to add', () => {
    const file = join(own, 'content/announcements/no-gift-policy-2571.mdx');
    const signatory = 'signatory: { name: นายมั่นคง ซื่อสัตย์ยิ่ง, position: นายกองค์การบริหารส่วนตำบลบ้านหนองตัวอย่าง }';
    writeFileSync(
      file,
      `---\nkind: no-gift-policy\ntitle: ประกาศนโยบายไม่รับของขวัญ ปีงบประมาณ ๒๕๗๑\ndate: 2027-10-01\nfiscalYear: 2571\n${signatory}\n---\n\nข้อความประกาศ\n`,
    );
    try {
      const { status, stdout } = check(['--no-dist', '--offline'], undefined, own);
      expect(status).toBe(1);
      expect(stdout).toContain('ข้อผิดพลาด / ERROR: content/announcements/no-gift-policy-2571.mdx → fiscalYear');
      expect(stdout).toContain('add content/frameworks/2571.yaml');
    } finally {
      rmSync(file);
    }
  });
});
