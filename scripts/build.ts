/**
 * `npm run build`: validate and check the content, build the site into a staging folder with
 * `astro build` (whose integration, src/integrations/ita-build.ts, makes the search index and
 * hosting files and checks the result), and only then replace dist/. A build that fails at any
 * point leaves the previous dist/ exactly as it was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAstro } from './support/run-astro';
import { reportProblems } from '@/build/run-steps';
import { runContentChecks } from '@/integrations/build-stages';
import { BUILD_FLAGS_ENV } from '@/integrations/ita-build';
import { recordPublishedSheets } from '@/lib/oit/previous-sheet';
import { normaliseBase, siteLocationOf } from '@/lib/site/site-config';
import { validateContent } from '@/lib/validate/validate-content';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};

const baseOption = option('--base');
const outDir = resolve(root, option('--out') ?? 'dist');
const stagingDir = join(root, '.build', 'staging');

function stop(message: string): never {
  console.error(
    `✗ ${message}: ยังไม่ได้เผยแพร่อะไร (${outDir} ไม่ถูกแก้ไข) / nothing was published (${outDir} is untouched).`,
  );
  process.exit(1);
}

// Validated and checked here first, so a mistake in the content stops the build before Astro starts.
const { content, problems } = validateContent(root);
const errors = reportProblems(problems, 'ตรวจเนื้อหา / content check');
if (errors) stop(`ตรวจเนื้อหา / content check: ${errors} error(s)`);

// Resolved once, from the validated organisation (and --base / ITA_SITE); Astro is handed the same values.
const { site, base } = siteLocationOf(content.organisation!.data, {
  ...process.env,
  ...(baseOption !== undefined ? { ITA_BASE: normaliseBase(baseOption) } : {}),
});

const strict = args.includes('--strict');
const offline = args.includes('--offline') || process.env[BUILD_FLAGS_ENV.offline] === '1';
const checked = await runContentChecks({ root, outDir: stagingDir, site, base, content, strict, offline });
if (typeof checked === 'number') stop(`ตรวจก่อนสร้างเว็บ / pre-build checks: ${checked} error(s)`);

rmSync(stagingDir, { recursive: true, force: true });
const astroStatus = await runAstro(
  [
    join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
    'build',
    ...['--outDir', stagingDir, '--site', site, '--base', base],
    ...(args.includes('--verbose') ? ['--verbose'] : []),
  ],
  {
    cwd: root,
    // BASE_URL in the environment (vitest sets BASE_URL=/) would override Vite's import.meta.env.BASE_URL and
    // send every withBase() link to / instead of the sub-path, so it never reaches the Astro build.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'BASE_URL')),
      ...(strict ? { [BUILD_FLAGS_ENV.strict]: '1' } : {}),
      ...(offline ? { [BUILD_FLAGS_ENV.offline]: '1' } : {}),
      [BUILD_FLAGS_ENV.contentChecked]: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  },
);
if (astroStatus !== 0) stop('สร้างเว็บไม่สำเร็จ / the build failed');

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
