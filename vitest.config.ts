import { getViteConfig } from 'astro/config';

// Which project a test file belongs to. `build`: it runs the project's commands (npm run build/check/import)
// or copies the project; the demo builds are shared by all of them (test/support/demo-site.ts).
// `browser`: it drives Chromium. Everything else is `unit` and needs neither: `npx vitest run --project unit`.
const BROWSER = ['test/pages/browser.test.ts', 'test/ita/csp-browser.test.ts', 'test/search/search-browser.test.ts', 'test/support/browser-paths.test.ts', 'test/pages/phone-print-browser.test.ts', 'test/pages/fonts-browser.test.ts'];
const BUILD = [
  'test/bench/page-weight.test.ts',
  'test/checks/check-built-site.test.ts',
  'test/foundation/build.test.ts',
  'test/foundation/content-validation.test.ts',
  'test/import/build.test.ts',
  'test/import/fixtures.test.ts',
  'test/ita/build-refusals.test.ts',
  'test/ita/check-command.test.ts',
  'test/ita/content-checks.test.ts',
  'test/ita/site-build.test.ts',
  'test/og/social-cards-build.test.ts',
  'test/pages/arabic-digits.test.ts',
  'test/pages/build-output.test.ts',
  'test/pages/root-base.test.ts',
  'test/privacy/office-documents.test.ts',
];
const DEMO_SITES = 'test/support/demo-sites-setup.ts';

// getViteConfig lets tests import modules that use Astro's virtual modules.
export default getViteConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: [...BUILD, ...BROWSER] } },
      { extends: true, test: { name: 'build', include: BUILD, globalSetup: [DEMO_SITES] } },
      { extends: true, test: { name: 'browser', include: BROWSER, globalSetup: ['test/support/browser-setup.ts', DEMO_SITES] } },
    ],
  },
});
