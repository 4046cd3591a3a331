import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The state of the "สร้างเว็บไซต์ / Build" button's run, polled by the app. */
export interface BuildState {
  running: boolean;
  /** Exit status of the last finished run (true = the site was built and every check passed). */
  ok?: boolean;
  /** The build's own report (its Thai and English lines), as it printed them. */
  log: string;
  startedAt?: string;
  seconds?: number;
  /** After a successful build: per fiscal year, how many of that year's OIT items the site answers. */
  oit?: OitSummary[];
}

/** The OIT completeness of one year, read from the answer sheet the build wrote (dist/oit/<year>/oit-<year>.json). */
export interface OitSummary {
  fiscalYear: number;
  answered: number;
  total: number;
  /** Codes of the items nothing on the site answers yet. */
  missing: string[];
}

/**
 * Runs the same `npm run build` a clerk would type (scripts/build.ts of the
 * project being edited, offline: no external link checks), one at a time.
 */
export class BuildJob {
  state: BuildState = { running: false, log: '' };

  constructor(private readonly root: string) {}

  start(): BuildState {
    if (this.state.running) return this.state;
    const started = Date.now();
    this.state = { running: true, log: '', startedAt: new Date(started).toISOString() };
    // Vite's mode variables (BASE_URL, MODE, DEV, PROD, SSR) in this process's environment would be inlined by the child's astro build.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(?:BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(key)),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', join(this.root, 'scripts', 'build.ts'), '--offline'], {
      cwd: this.root,
      env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const append = (chunk: Buffer) => {
      // Keep the report readable: drop terminal colour codes; the last 200 kB is plenty.
      this.state.log = (this.state.log + chunk.toString('utf8').replace(/\x1b\[[0-9;]*m/g, '')).slice(-200_000);
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    child.on('close', (code) => {
      this.state = {
        ...this.state,
        running: false,
        ok: code === 0,
        seconds: Math.round((Date.now() - started) / 1000),
        ...(code === 0 ? { oit: readOitSummary(join(this.root, 'dist')) } : {}),
      };
    });
    child.on('error', (error) => {
      this.state = { ...this.state, running: false, ok: false, log: `${this.state.log}\n${error.message}` };
    });
    return this.state;
  }
}

/** Reads every year's answer sheet from a built site, newest year first. */
export function readOitSummary(dist: string): OitSummary[] {
  const dir = join(dist, 'oit');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d{4}$/.test(name) && existsSync(join(dir, name, `oit-${name}.json`)))
    .map((name) => {
      const sheet = JSON.parse(readFileSync(join(dir, name, `oit-${name}.json`), 'utf8')) as {
        items: Array<{ code: string; hasContent: boolean }>;
      };
      const missing = sheet.items.filter((item) => !item.hasContent).map((item) => item.code);
      return {
        fiscalYear: Number(name),
        answered: sheet.items.length - missing.length,
        total: sheet.items.length,
        missing,
      };
    })
    .sort((a, b) => b.fiscalYear - a.fiscalYear);
}
