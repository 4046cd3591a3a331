/**
 * `npm run check`: every check the build runs, without building. Checks the
 * content (evidence files, privacy, fiscal years, external links) and, when a
 * built site exists (dist/ or --dist DIR), its internal links, drafts and
 * personal data. Prints a report in Thai and English; `--json` prints JSON for
 * machines instead, `--json-file F` writes it as well. Exit code 1 on errors.
 * Options: --offline, --strict (dead external links are errors), --dist DIR, --no-dist.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCheckConfig } from '@/lib/checks/config';
import type { CheckOutcome } from '@/lib/checks/outcome';
import type { CheckContext } from '@/lib/checks/registry';
import { formatCheckReport, summariseChecks } from '@/lib/checks/report';
import { runChecks, todayInBangkok } from '@/lib/checks/run-content-checks';
import { readBuiltLocation, siteLocationOf } from '@/lib/site/site-config';
import { validateContent } from '@/lib/validate/validate-content';
import { parseOptions } from './support/parse-options';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: options } = parseOptions({
  usage:
    'ใช้ / usage: npm run check -- [--offline] [--strict] [--dist โฟลเดอร์ DIR | --no-dist] [--json] [--json-file ไฟล์ FILE]',
  options: {
    offline: { type: 'boolean' },
    strict: { type: 'boolean' },
    dist: { type: 'string' },
    'no-dist': { type: 'boolean' },
    json: { type: 'boolean' },
    'json-file': { type: 'string' },
  },
});

const started = performance.now();
const validation = validateContent(root);
const checks: CheckOutcome[] = [
  {
    name: 'content',
    problems: validation.problems,
    stats: { entries: Object.values(validation.content).flat().length },
    notes: [],
  },
];
if (!validation.problems.some((p) => p.severity === 'error')) {
  const dist = resolve(root, options.dist ?? 'dist');
  const context: CheckContext = {
    root,
    content: validation.content,
    config: loadCheckConfig(root),
    offline: options.offline === true || process.env.ITA_OFFLINE === '1',
    strict: options.strict === true,
    today: todayInBangkok(),
    // The site is checked for the location it was built for (`npm run build -- --base /x/`), as recorded in its build-info.json.
    ...siteLocationOf(validation.content.organisation!.data),
    ...readBuiltLocation(dist),
  };
  // The same registered checks as the build, in the same order.
  checks.push(...(await runChecks('content', context)));
  if (options['no-dist']) {
    // Asked for the content checks only.
  } else if (existsSync(join(dist, 'index.html'))) {
    checks.push(...(await runChecks('dist', context, dist)));
  } else {
    checks.push({
      name: 'dist-links',
      problems: [],
      stats: {},
      notes: [
        `ยังไม่มีเว็บที่สร้างแล้วใน ${dist} จึงข้ามการตรวจลิงก์ภายใน (สั่ง npm run build ก่อน) / no built site in ${dist}, so internal links were not checked (run npm run build first)`,
      ],
    });
  }
}
const report = summariseChecks(checks, performance.now() - started);
const json = `${JSON.stringify(report, null, 2)}\n`;
const jsonFile = options['json-file'];
if (jsonFile) writeFileSync(resolve(jsonFile), json);
if (options.json) process.stdout.write(json);
else console.log(formatCheckReport(report));
process.exit(report.ok ? 0 : 1);
