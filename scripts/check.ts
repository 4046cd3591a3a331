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

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};

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
  const dist = resolve(root, option('--dist') ?? 'dist');
  const context: CheckContext = {
    root,
    content: validation.content,
    config: loadCheckConfig(root),
    offline: args.includes('--offline') || process.env.ITA_OFFLINE === '1',
    strict: args.includes('--strict'),
    today: todayInBangkok(),
    // The site is checked for the location it was built for (`npm run build -- --base /x/`), as recorded in its build-info.json.
    ...siteLocationOf(validation.content.organisation!.data),
    ...readBuiltLocation(dist),
  };
  // The same registered checks as the build, in the same order.
  checks.push(...(await runChecks('content', context)));
  if (args.includes('--no-dist')) {
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
const jsonFile = option('--json-file');
if (jsonFile) writeFileSync(resolve(jsonFile), json);
if (args.includes('--json')) process.stdout.write(json);
else console.log(formatCheckReport(report));
process.exit(report.ok ? 0 : 1);
