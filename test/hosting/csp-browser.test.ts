import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSite } from '../support/demo-site';
import { listFiles } from '../support/dist-scan';
import { serveStatic } from '../support/static-server';

// The shipped Content-Security-Policy (dist/_headers, the same as .htaccess)
// must let every kind of page work in Chromium — search with Pagefind's
// WebAssembly included — without a single violation.
const BASE = '/ita/';
let root = '';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  root = demoSite('ita').root;
  server = await serveStatic(join(root, 'dist'), BASE, { headers: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One page of each kind the site has, found in the build rather than hard-coded. */
function pagesOfEachKind(): string[] {
  const pages = listFiles(join(root, 'dist'))
    .filter((f) => f.endsWith('index.html'))
    .map((f) => f.replace(/index\.html$/, ''));
  const kinds = [
    /^$/, // home
    /^\d{4}\/$/, // fiscal year
    /^\d{4}\/(?!round-)[a-z0-9-]+\/$/, // issue
    /^\d{4}\/[a-z0-9-]+\/[a-z0-9-]+\/$/, // measure (with the gallery viewer)
    /^\d{4}\/round-\d+\/$/, // report round
    /^announcements\/$/,
    /^announcements\/[a-z0-9-]+(?<!-en)\/$/,
    /^announcements\/[a-z0-9-]+-en\/$/, // English notice
    /^assessment\/\d{4}\/$/,
    /^oit\/\d{4}\/$/,
    /^search\/$/,
  ];
  // Prefer a page that runs a script (the measure gallery viewer), so the policy meets the site's code too.
  const scripted = (p: string) => readFileSync(join(root, 'dist', p, 'index.html'), 'utf8').includes('<script');
  return kinds
    .map((kind) => pages.find((p) => kind.test(p) && scripted(p)) ?? pages.find((p) => kind.test(p)))
    .filter((p): p is string => p !== undefined);
}

async function visit(
  path: string,
  action?: (page: import('playwright-core').Page) => Promise<void>,
): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Refused to (CSP event): ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto(`${server.origin}${BASE}${path}`, { waitUntil: 'networkidle' });
  expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
  if (action) await action(page);
  await page.waitForTimeout(200);
  await context.close();
  return violations;
}

describe('Content-Security-Policy in Chromium', () => {
  it('has no violation on any kind of page', async () => {
    const pages = pagesOfEachKind();
    expect(pages).toHaveLength(11);
    const found: Record<string, string[]> = {};
    for (const path of [...pages, '404.html', 'no-such-page/']) {
      const violations = await visit(path);
      if (violations.length) found[path] = violations;
    }
    expect(found).toEqual({});
  });

  it("lets Pagefind's WebAssembly run: its own API finds pages", async () => {
    let found = { count: 0, url: '' };
    const violations = await visit('', async (page) => {
      // A string, so Vitest's transform does not rewrite the browser's import().
      found = await page.evaluate(`(async () => {
        const pagefind = await import('${BASE}pagefind/pagefind.js');
        const search = await pagefind.search('Gift');
        return { count: search.results.length, url: search.results.length ? (await search.results[0].data()).url : '' };
      })()`);
    });
    expect(violations).toEqual([]);
    expect(found.count).toBeGreaterThan(0);
    expect(found.url.startsWith(BASE)).toBe(true);
  });

  it('lets the search page run and show results', async () => {
    let results = 0;
    const violations = await visit('search/?q=ของขวัญ', async (page) => {
      await page.waitForFunction(
        () =>
          document.querySelectorAll('pagefind-results a, .pagefind-ui__result-link, [data-search-results] a').length >
          0,
        null,
        { timeout: 20_000 },
      );
      results = await page.evaluate(
        () =>
          document.querySelectorAll('pagefind-results a, .pagefind-ui__result-link, [data-search-results] a').length,
      );
    });
    expect(violations).toEqual([]);
    expect(results).toBeGreaterThan(0);
  });

  it('lets the answer sheet copy a URL', async () => {
    const violations = await visit('oit/2569/', async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const button = page.locator('button.oit-copy').first();
      await button.click();
      await expect.poll(() => page.locator('[data-copy-status]').textContent()).toContain('คัดลอกแล้ว');
      // It copies the address of the link beside it.
      const href = await page.locator('.oit-url').first().locator('a').getAttribute('href');
      expect(href).toMatch(/^https:\/\//);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
    });
    expect(violations).toEqual([]);
  });
});
