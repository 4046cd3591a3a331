import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowserPath, launchBrowser } from '../../scripts/support/browser';

const ROOT = join(import.meta.dirname, '../..');
const LAUNCHER = 'scripts/support/browser.ts';

/** Anything that picks a browser binary by itself: a path to one, or Playwright's own launch. */
const NAMES_A_BROWSER = [
  /\/usr\/bin\/(chromium|chrome|google-chrome|microsoft-edge)/,
  /chrome\.exe|msedge\.exe/,
  /executablePath\s*:/,
  /\bchromium\.launch\(/,
];

describe('one browser launcher', () => {
  it('is the only tracked file that names a browser executable or launches one', () => {
    const files = execFileSync(
      'git',
      ['ls-files', 'src', 'scripts', 'test', '.ci', 'astro.config.mjs', 'package.json'],
      { cwd: ROOT, encoding: 'utf8' },
    )
      .split('\n')
      .filter(
        (f) =>
          /\.(ts|mts|mjs|js|astro|json)$|^\.ci\//.test(f) &&
          f !== LAUNCHER &&
          f !== 'test/support/browser-paths.test.ts',
      );
    const offenders = files.filter((f) => {
      const text = readFileSync(join(ROOT, f), 'utf8');
      return NAMES_A_BROWSER.some((re) => re.test(text));
    });
    expect(offenders).toEqual([]);
  });

  it('finds a browser that starts and renders Thai text in the page it is given', async () => {
    expect(await findBrowserPath()).toBeTruthy();
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent('<html lang="th"><body><p>มาตรการ</p></body></html>');
      expect(await page.textContent('p')).toBe('มาตรการ');
    } finally {
      await browser.close();
    }
  });

  it('tells the user in one line what to do when the named browser does not exist', async () => {
    const out = execFileSync(
      'node',
      [
        '--import',
        'tsx',
        '-e',
        "import('./scripts/support/browser.ts').then(m => m.launchBrowser()).catch(e => { console.log(e.message); })",
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: '/nonexistent/browser' } },
    );
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toMatch(/No browser for the tests: run `npm install` again/);
  });
});
