/**
 * `npm run build`: validate the content, render the site into a staging
 * folder, run every check on it, and only then replace dist/. A build that
 * fails at any point leaves the previous dist/ exactly as it was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postBuildSteps, preBuildSteps, type BuildContext, type BuildStep } from '@/build/steps';
import { runAstro } from './support/run-astro';
import { recordPublishedSheets } from '@/lib/oit/previous-sheet';
import { normaliseBase, siteLocationOf } from '@/lib/site/site-config';
import { formatProblems, type Problem } from '@/lib/validate/problem';
import { validateContent } from '@/lib/validate/validate-content';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};

const baseOption = option('--base');
if (baseOption !== undefined) process.env.ITA_BASE = normaliseBase(baseOption);
const outDir = resolve(root, option('--out') ?? 'dist');
const stagingDir = join(root, '.build', 'staging');

function stop(problems: Problem[], stage: string): never {
  console.error(`\n${formatProblems(problems)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  console.error(
    `✗ ${stage}: พบข้อผิดพลาด ${errors} รายการ ยังไม่ได้เผยแพร่อะไร (${outDir} ไม่ถูกแก้ไข) / ${errors} error(s); nothing was published (${outDir} is untouched).`,
  );
  process.exit(1);
}

async function runSteps(steps: BuildStep[], context: BuildContext, stage: string): Promise<void> {
  const problems: Problem[] = [];
  for (const step of steps) {
    console.log(`• ${step.name}`);
    problems.push(...(await step.run(context)));
  }
  if (problems.some((p) => p.severity === 'error')) stop(problems, stage);
  if (problems.length) console.warn(`\n${formatProblems(problems)}\n`);
}

const { content, problems } = validateContent(root);
if (problems.some((p) => p.severity === 'error')) stop(problems, 'ตรวจเนื้อหา / content check');
if (problems.length) console.warn(`\n${formatProblems(problems)}\n`);

// Resolved once, from the validated organisation (and --base / ITA_SITE); Astro is handed the same values.
const { site, base } = siteLocationOf(content.organisation!.data);
const context: BuildContext = {
  root,
  outDir: stagingDir,
  site,
  base,
  content,
  strict: args.includes('--strict'),
  offline: args.includes('--offline') || process.env.ITA_OFFLINE === '1',
};
await runSteps(preBuildSteps, context, 'ตรวจก่อนสร้างเว็บ / pre-build checks');

rmSync(stagingDir, { recursive: true, force: true });
const astroStatus = await runAstro(
  [
    join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
    'build',
    ...(args.includes('--verbose') ? ['--verbose'] : []),
  ],
  {
    cwd: root,
    // BASE_URL in the environment (vitest sets BASE_URL=/) would override Vite's import.meta.env.BASE_URL and
    // send every withBase() link to / instead of the sub-path, so it never reaches the Astro build.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'BASE_URL')),
      ITA_OUT_DIR: stagingDir,
      ITA_SITE: site,
      ITA_BASE: base,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  },
);
if (astroStatus !== 0) {
  console.error(`✗ Astro build failed; nothing was published (${outDir} is untouched).`);
  process.exit(1);
}

await runSteps(postBuildSteps, context, 'ตรวจหลังสร้างเว็บ / post-build checks');

if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(stagingDir, outDir);
// Only the real site's sheets are kept for the next build's check: not a one-off build for another address or folder.
if (option('--out') === undefined && baseOption === undefined && !process.env.ITA_SITE && !process.env.ITA_BASE) {
  const kept = recordPublishedSheets(root, outDir);
  if (kept.length)
    console.log(
      `• เก็บแบบ OIT ที่เผยแพร่ไว้ตรวจครั้งหน้า / kept the published OIT sheets for the next build: ${kept.map((y) => `content/oit/published-${y}.json`).join(', ')}`,
    );
}
console.log(`✓ สร้างเว็บไซต์เสร็จแล้วที่ ${outDir} (base ${base}) / site built in ${outDir} (base ${base})`);
