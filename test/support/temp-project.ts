import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository under test. */
export const projectRoot = resolve(import.meta.dirname, '..', '..');

const COPIED = ['src', 'scripts', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A throw-away copy of the project (node_modules linked, not copied) so a test
 * can break its content and build it without touching the real tree.
 */
export function createTempProject(prefix = 'ita-project-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const name of COPIED) {
    try {
      cpSync(join(projectRoot, name), join(root, name), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

// Vitest puts Vite's import.meta.env values (MODE=test, DEV=1, …) into process.env; a real build never has
// them, so they are left out. BASE_URL=/ is deliberately kept: scripts/build.ts must shield the Astro build
// from it (it would send every link to / instead of the sub-path), and the sub-path tests prove it does.
const VITEST_ENV = /^(VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|SITE|ASSETS_PREFIX)$/;

/** The environment of a real command-line build, without what the test runner added. */
export function cleanBuildEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_ENV.test(k)));
}

/**
 * The one build launcher of the tests: `npm run build` in a project copy, as a clerk types it, with the
 * environment of a real shell. Offline unless told otherwise, so no test waits on the network.
 */
export function runBuild(
  root: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
  { offline = true }: { offline?: boolean } = {},
): { status: number; output: string } {
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', ...(offline ? ['--offline'] : []), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...cleanBuildEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...(offline ? { ITA_OFFLINE: '1' } : {}), ...env },
    timeout: 600_000,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}
