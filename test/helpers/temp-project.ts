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

/** Runs `npm run build` in a project with extra arguments; returns exit code and all output. */
export function runBuild(
  root: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): { status: number; output: string } {
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 600_000,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}
