import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '@/lib/checks/registry';
import type { CheckReport } from '@/lib/checks/report';
import { demoSite, type DemoSite } from '../support/demo-site';

let demo: DemoSite;
beforeAll(() => {
  demo = demoSite('root');
});

describe('npm run check on a site built for another location', () => {
  // The `root` demo is `npm run build -- --base /` with ITA_SITE, while organisation.yaml says https://www.nongtuayang.example.go.th/ita/.
  it('records the location in build-info.json and checks the site for it, running every check the build runs', () => {
    const info = JSON.parse(readFileSync(join(demo.dist, 'build-info.json'), 'utf8')) as { site: string; base: string };
    expect(info).toMatchObject({ site: demo.site, base: '/' });
    // The clock inside fiscal year 2569, which the demo answers in full: from 1 Oct 2026 the empty 2570 items are (rightly) warnings.
    const result = spawnSync('npm', ['run', '--silent', 'check', '--', '--offline', '--json'], {
      cwd: demo.root,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', ITA_TODAY: '2026-06-03' },
    });
    const report = JSON.parse(result.stdout) as CheckReport;
    // The demo has no 2570 content yet, so the current year's unanswered OIT items are warnings (errors only with --strict).
    const problems = report.checks.flatMap((c) => c.problems);
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}: ${p.en}`)).toEqual([]);
    expect(new Set(problems.map((p) => report.checks.find((c) => c.problems.includes(p))!.name))).toEqual(
      new Set(problems.length ? ['oit-items'] : []),
    );
    expect(result.status).toBe(0);
    expect(report.checks.map((c) => c.name)).toEqual(['content', ...CHECKS.map((c) => c.name)]);
    expect(report.checks.find((c) => c.name === 'dist-links')!.stats.links).toBeGreaterThan(1000);
  });
});
