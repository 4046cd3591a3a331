import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

// Vitest puts Vite's import.meta.env values (MODE=test, DEV=1, …) into process.env; a real build never has
// them, so they are left out. BASE_URL=/ is deliberately kept: scripts/build.ts must shield the Astro build
// from it (it would send every link to / instead of the sub-path), and the sub-path crawl proves it does.
const VITEST_ENV = /^(VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|ASSETS_PREFIX)$/;

/** The environment of a real command-line build, without what the test runner added. */
export function cleanBuildEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_ENV.test(k)));
}

/** Builds the demo site once into a fresh temp folder for `base` (and optionally another origin) and returns the folder. */
export function buildSite(base: string, site?: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'ita-pages-')), 'site');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', out, '--base', base, '--offline'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...cleanBuildEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...(site ? { ITA_SITE: site } : {}) },
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}
