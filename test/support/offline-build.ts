import { spawnSync } from 'node:child_process';

// Vitest puts Vite's mode variables into process.env (BASE_URL=/, MODE=test, DEV=1, PROD=…);
// a child `astro build` would inline them into import.meta.env and build for the wrong base.
const VITEST_VARIABLES = /^(?:BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/;

/** `npm run build` in a project copy with a clean environment, never touching the network. */
export function runOfflineBuild(
  root: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): { status: number; output: string } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)));
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--offline', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...clean, ITA_OFFLINE: '1', ...env },
    timeout: 600_000,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}
