import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: one folder per run where test/support/demo-site.ts keeps the demo
 * builds it makes (each variant once, on first use), removed with the project copies
 * they were built in when the run ends.
 */
export default function setup(project: TestProject): () => void {
  // One folder for the whole run, whichever projects (build, browser) use it: named by the main process.
  const dir = join(tmpdir(), `ita-demo-sites-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  project.provide('demoSitesDir', dir);
  return () => {
    if (!existsSync(dir)) return;
    for (const variant of readdirSync(dir)) {
      const record = join(dir, variant, 'site.json');
      if (existsSync(record))
        rmSync((JSON.parse(readFileSync(record, 'utf8')) as { root: string }).root, { recursive: true, force: true });
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
