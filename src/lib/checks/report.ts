import { formatProblems } from '@/lib/validate/problem';
import type { CheckOutcome } from './outcome';
import { checkTitle } from './registry';

/** The machine-readable report of `npm run check --json`. */
export interface CheckReport {
  ok: boolean;
  errors: number;
  warnings: number;
  durationMs: number;
  checks: CheckOutcome[];
}

export function summariseChecks(checks: CheckOutcome[], durationMs: number): CheckReport {
  const problems = checks.flatMap((c) => c.problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { ok: errors === 0, errors, warnings: problems.length - errors, durationMs: Math.round(durationMs), checks };
}

/** The report for people: each check with its figures, then every problem in Thai and English. */
export function formatCheckReport(report: CheckReport): string {
  const lines: string[] = [];
  for (const check of report.checks) {
    const errors = check.problems.filter((p) => p.severity === 'error').length;
    const mark = errors ? '✗' : check.problems.length ? '!' : '✓';
    const figures = Object.entries(check.stats)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    lines.push(`${mark} ${checkTitle(check.name)}${figures ? ` (${figures})` : ''}`);
    for (const note of check.notes) lines.push(`  ℹ ${note}`);
  }
  const problems = report.checks.flatMap((c) => c.problems);
  if (problems.length)
    lines.push(
      '',
      formatProblems([...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))),
    );
  lines.push(
    '',
    report.ok
      ? `✓ ผ่าน: ข้อผิดพลาด 0 คำเตือน ${report.warnings} ใช้เวลา ${report.durationMs} ms / passed: 0 errors, ${report.warnings} warning(s) in ${report.durationMs} ms`
      : `✗ ไม่ผ่าน: ข้อผิดพลาด ${report.errors} คำเตือน ${report.warnings} ให้แก้ข้อผิดพลาดก่อนเผยแพร่ / failed: ${report.errors} error(s), ${report.warnings} warning(s); fix the errors before publishing`,
  );
  return lines.join('\n');
}
