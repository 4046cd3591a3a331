import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createTempProject, runBuild } from './temp-project';

/**
 * The demo site as tests read it, built at most once per variant and per `vitest run`:
 * the first test file that asks builds it (in a copy of the project, as a clerk would,
 * with `npm run build`), every later one reuses it. Tests only read it; a test that
 * changes content or needs its own build makes its own project copy.
 */
export interface DemoSite {
  /** The project copy it was built from (its own content/, public/, …). */
  root: string;
  /** The built site: `<root>/dist`. */
  dist: string;
  /** Where its social cards were cached (ITA_OG_CACHE), for tests of the card cache. */
  cardCache: string;
  /** Sub-path and origin it was built for. */
  base: string;
  site: string;
  /** The build's whole output. */
  output: string;
}

/** `ita`: as the organisation says (https://www.nongtuayang.example.go.th/ita/); `root`: at the root of another domain. */
export const DEMO_VARIANTS = {
  ita: {
    base: '/ita/',
    site: 'https://www.nongtuayang.example.go.th',
    args: [] as string[],
    env: {} as NodeJS.ProcessEnv,
  },
  root: {
    base: '/',
    site: 'https://ita.nongtuayang.example.go.th',
    args: ['--base', '/'],
    env: { ITA_SITE: 'https://ita.nongtuayang.example.go.th' } as NodeJS.ProcessEnv,
  },
} as const;
export type DemoVariant = keyof typeof DEMO_VARIANTS;

const sleep = (ms: number): void => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms) as unknown as void;

/** The demo site built for `variant`, building it now if no test of this run has yet. */
export function demoSite(variant: DemoVariant = 'ita'): DemoSite {
  const dir = join(inject('demoSitesDir'), variant);
  const record = join(dir, 'site.json');
  // mkdir is atomic: the test that creates the folder builds, any other waits for its record.
  let builder = true;
  try {
    mkdirSync(dir, { recursive: false });
  } catch {
    builder = false;
  }
  if (!builder) {
    const until = Date.now() + 600_000;
    while (!existsSync(record)) {
      if (Date.now() > until) throw new Error(`the demo build in ${dir} did not finish within 10 minutes`);
      sleep(200);
    }
    return readRecord(record);
  }
  const { base, site, args, env } = DEMO_VARIANTS[variant];
  const root = createTempProject(`ita-demo-${variant}-`);
  const cardCache = join(dir, 'og-cache');
  const result = runBuild(root, [...args], { ...env, ITA_OG_CACHE: cardCache });
  const { output } = result;
  const built: DemoSite & { status: number | null } = {
    root,
    dist: join(root, 'dist'),
    cardCache,
    base,
    site,
    output,
    status: result.status,
  };
  writeFileSync(record, JSON.stringify(built));
  return readRecord(record);
}

function readRecord(record: string): DemoSite {
  const built = JSON.parse(readFileSync(record, 'utf8')) as DemoSite & { status: number | null };
  if (built.status !== 0) throw new Error(`the demo build failed:\n${built.output}`);
  return built;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this run's shared demo builds (test/support/demo-sites-setup.ts). */
    demoSitesDir: string;
  }
}
