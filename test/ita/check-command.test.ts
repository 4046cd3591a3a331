import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/lib/checks/report';
import { createTempProject } from '../helpers/temp-project';
import { formatThaiId, makeSyntheticThaiId } from './helpers/make-pdf';

let root = '';
beforeAll(() => {
  root = createTempProject('ita-check-');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function check(args: string[]): { status: number; stdout: string } {
  const result = spawnSync('npm', ['run', '--silent', 'check', '--', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: result.status ?? 1, stdout: result.stdout };
}

describe('npm run check', () => {
  it('passes the demo content, reports its figures as JSON and notes that external links were skipped in CI', () => {
    const { status, stdout } = check(['--json', '--no-dist']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as CheckReport;
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 0 });
    expect(report.checks.map((c) => c.name)).toEqual(['content', 'evidence-files', 'privacy', 'fiscal-year', 'external-links']);
    expect(report.checks.find((c) => c.name === 'evidence-files')!.stats.files).toBeGreaterThan(20);
    expect(report.checks.find((c) => c.name === 'external-links')!.notes[0]).toContain('running in CI');
  });

  it('warns on a private phone number, fails on an ID number, and says both in Thai and English', () => {
    const file = join(root, 'content/measures/2569/bribery-risk-assessment.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nติดต่อ คุณสมชาย 081-555-1234 เลข ${formatThaiId(makeSyntheticThaiId('370990012312'))}\n`);
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
