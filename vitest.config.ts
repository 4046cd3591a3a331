import { getViteConfig } from 'astro/config';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Which project a test file belongs to is read from the file itself, so a new test needs no entry here.
// `browser`: it drives Chromium. `build`: it runs the project's commands (npm run build/check/import) or copies
// the project; the demo builds are shared by all of them (test/support/demo-site.ts). Everything else is `unit`
// and needs neither: `npx vitest run --project unit`.
const TEST_FILES = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('test', f).split('\\').join('/'));
const uses = (pattern: RegExp) => TEST_FILES.filter((f) => pattern.test(readFileSync(f, 'utf8')));
const BROWSER = uses(/\blaunchBrowser\(/);
const BUILD = uses(/\b(demoSite|createTempProject|runBuild|runOfflineBuild|spawnSync|execFileSync)\(/).filter(
  (f) => !BROWSER.includes(f),
);
const DEMO_SITES = 'test/support/demo-sites-setup.ts';

// getViteConfig lets tests import modules that use Astro's virtual modules.
export default getViteConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...BUILD, ...BROWSER] },
      },
      { extends: true, test: { name: 'build', include: BUILD, globalSetup: [DEMO_SITES] } },
      {
        extends: true,
        test: { name: 'browser', include: BROWSER, globalSetup: ['test/support/browser-setup.ts', DEMO_SITES] },
      },
    ],
  },
});
