/**
 * The demo site built for /ita/, served under /ita/, searched in headless
 * Chromium through the search page exactly as a reader would.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { extractPage } from '@/build/search/extract-page';
import { openNodeSearch } from '@/build/search/pagefind-node';
import { createRequire } from 'node:module';
import { demoSite } from '../support/demo-site';
import { serveStatic, type StaticSite } from '../support/static-server';

const BASE = '/ita/';
let out: string;
let served: StaticSite;
let browser: Browser;
/** Visible text of every indexed page, by URL under /ita/. */
const pageTexts = new Map<string, string>();

function readPageTexts(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    if (relative(out, file).startsWith('pagefind')) continue;
    const page = extractPage(readFileSync(file, 'utf8'));
    const url = `${BASE}${relative(out, file).replace(/index\.html$/, '')}`;
    if (page && url !== `${BASE}search/`) pageTexts.set(url, page.blocks.map((b) => b.text).join('\n'));
  }
}
const pagesShowing = (text: string) =>
  [...pageTexts]
    .filter(([, t]) => t.includes(text))
    .map(([url]) => url)
    .sort();

async function openSearch(path = 'search/'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${served.origin}${BASE}${path}`);
  return page;
}

/** Every result URL of the search on screen, in rank order (read through the component UI's instance). */
async function allResultUrls(page: Page): Promise<string[]> {
  await page.locator('pagefind-results a').first().waitFor({ timeout: 20_000 });
  return page.evaluate(async () => {
    type Result = { data(): Promise<{ url: string }> };
    const w = window as unknown as {
      PagefindComponents: { getInstanceManager(): { getInstance(): { searchResult: { results: Result[] } } } };
    };
    const { results } = w.PagefindComponents.getInstanceManager().getInstance().searchResult;
    return Promise.all(results.map(async (r) => (await r.data()).url));
  });
}

beforeAll(async () => {
  out = demoSite('ita').dist;
  readPageTexts(out);
  served = await serveStatic(out, BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('search index of the demo site', () => {
  it('stays within 6 KB of index and stored excerpts per indexed page', () => {
    const bundle = join(out, 'pagefind');
    const bytes = ['index', 'fragment', 'filter']
      .flatMap((dir) => readdirSync(join(bundle, dir)).map((name) => readFileSync(join(bundle, dir, name)).byteLength))
      .reduce((a, b) => a + b, 0);
    expect(pageTexts.size).toBeGreaterThan(40);
    expect(bytes / pageTexts.size).toBeLessThan(6 * 1024);
  });

  it('keeps the search page itself light: one small module script, nothing of Pagefind in it', () => {
    const html = readFileSync(join(out, 'search', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(Buffer.byteLength(scripts[0]![1]!)).toBeLessThan(4096);
    expect(html).not.toMatch(/<link[^>]+pagefind|<script[^>]+src=[^>]*pagefind/);
  });

  it('holds nothing of the draft measure, not even in its stored excerpts', async () => {
    const marker = 'ร่างลับเฉพาะXYZ';
    const search = await openNodeSearch(out);
    expect(await search.search(marker)).toEqual([]);
    expect(await search.search('ร่างลับเฉพาะ')).toEqual([]);
    await search.close();
    const fragments = join(out, 'pagefind', 'fragment');
    for (const name of readdirSync(fragments)) {
      expect(gunzipSync(readFileSync(join(fragments, name))).toString('utf8')).not.toContain('ร่างลับเฉพาะ');
    }
  });
});

describe('search page in Chromium, site built for /ita/', () => {
  it('loads no Pagefind file until the reader types, then finds ของขวัญ with the No Gift Policy announcement among the first results', async () => {
    const page = await openSearch();
    await page.waitForLoadState('networkidle');
    expect(served.requests.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await page.locator('#search-q').pressSequentially('ของขวัญ');
    const urls = await allResultUrls(page);
    expect(served.requests.some((p) => p.startsWith(`${BASE}pagefind/`))).toBe(true);
    // The first results on screen (the results list shows five before "load more").
    expect(urls.slice(0, 5).some((u) => u.startsWith(`${BASE}announcements/no-gift-policy`))).toBe(true);
    expect(urls.sort()).toEqual(pagesShowing('ของขวัญ'));
    // The excerpts on screen mark exactly the word typed, in the page's own text.
    const marks = await page.locator('pagefind-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    const excerpts = await page.locator('pagefind-results').innerHTML();
    const joined = [...excerpts.replace(/<\/mark><mark>/g, '').matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
    expect(new Set(joined)).toEqual(new Set(['ของขวัญ']));
    await page.close();
  });

  it('tells screen readers how many results there are in the site’s Thai digits, as the summary line shows it', async () => {
    const page = await browser.newPage();
    // What the live regions hold once each change has settled (Pagefind empties them 350 ms later).
    await page.addInitScript(() => {
      const heard: string[] = [];
      Object.assign(window, { heard });
      new MutationObserver(() =>
        setTimeout(() => {
          for (const region of document.querySelectorAll('[data-pagefind-announcer] [aria-live]'))
            if (region.textContent?.trim()) heard.push(region.textContent.trim());
        }),
      ).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${served.origin}${BASE}search/?q=${encodeURIComponent('งบประมาณ')}`);
    await allResultUrls(page);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.length))
      .toBeGreaterThan(0);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    for (const text of heard) {
      expect(text).toMatch(/[๐-๙]/u);
      expect(text).not.toMatch(/[0-9]/);
    }
    expect(await page.locator('pagefind-summary').textContent()).not.toMatch(/[0-9]/);
    await page.close();
  });

  it('shows the header search box’s whole placeholder on a phone as narrow as 320 px, its button still named ค้นหา', async () => {
    for (const width of [320, 360, 412]) {
      const page = await browser.newPage({ viewport: { width, height: 640 } });
      await page.goto(`${served.origin}${BASE}`);
      await page.evaluate(() => document.fonts.ready);
      const input = page.locator('#header-search-q');
      // The placeholder as typed text: the field scrolls only when it does not fit.
      await input.fill(await input.getAttribute('placeholder').then((p) => p ?? ''));
      const { scroll, client } = await input.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(scroll, `${width} px`).toBeLessThanOrEqual(client);
      expect(await page.locator('form.header-search').getByRole('button', { name: 'ค้นหา' }).isVisible()).toBe(true);
      await page.close();
    }
  });

  it('finds the measures on government property for ทรัพย์สิน', async () => {
    const page = await openSearch();
    await page.locator('#search-q').fill('ทรัพย์สิน');
    const urls = (await allResultUrls(page)).sort();
    const propertyMeasures = [...pageTexts.keys()].filter((u) => /\/government-property\/[^/]+\/$/.test(u));
    expect(propertyMeasures.length).toBeGreaterThan(0);
    for (const url of propertyMeasures) expect(urls).toContain(url);
    expect(urls).toEqual(pagesShowing('ทรัพย์สิน'));
    await page.close();
  });

  it('finds every page that shows ปีงบประมาณ when searching งบประมาณ, arriving with ?q= as from the header box', async () => {
    const page = await openSearch(`search/?q=${encodeURIComponent('งบประมาณ')}`);
    const urls = await allResultUrls(page);
    const withFiscalYear = pagesShowing('ปีงบประมาณ');
    expect(withFiscalYear.length).toBeGreaterThan(5);
    for (const url of withFiscalYear) expect(urls).toContain(url);
    expect(await page.locator('#search-q').inputValue()).toBe('งบประมาณ');
    await page.close();
  });

  it('keeps Thai words whole in result titles and excerpts, as on the pages, with no mark left in the text', async () => {
    const page = await openSearch(`search/?q=${encodeURIComponent('งบประมาณ')}`);
    await page.locator('pagefind-results .pf-result-excerpt').first().waitFor({ timeout: 20_000 });
    for (const part of ['.pf-result-link', '.pf-result-excerpt']) {
      const first = page.locator(`pagefind-results ${part}`).first();
      // The list may render again as the filters arrive (a second search): wait for the card on screen.
      await expect.poll(() => first.locator('th-w').count(), { timeout: 10_000 }).toBeGreaterThan(1);
      expect(await first.locator('wbr').count(), part).toBeGreaterThan(0);
      expect(await first.evaluate((el) => getComputedStyle(el.querySelector('th-w')!).whiteSpace), part).toBe('nowrap');
      expect(await first.textContent(), part).not.toMatch(/[\u2063\u200b]/u);
    }
    await page.close();
  });

  it('highlights the words searched for in each excerpt, as a reader scanning results expects', async () => {
    const page = await openSearch(`search/?q=${encodeURIComponent('งบประมาณ')}`);
    const mark = page.locator('pagefind-results .pf-result-excerpt mark').first();
    await mark.waitFor({ timeout: 20_000 });
    expect((await mark.textContent())?.replace(/\s/g, '')).toBe('งบประมาณ');
    const style = await mark.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, weight: Number(s.fontWeight) };
    });
    // Pagefind's own mark is transparent at weight 500: with Sarabun's 400 and 700 only, it looked like the rest.
    expect(style.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(style.weight).toBeGreaterThanOrEqual(700);
    await page.close();
  });

  it('links results under the sub-path and shows Thai filter names', async () => {
    const page = await openSearch(`search/?q=${encodeURIComponent('มาตรการ')}`);
    await page.locator('pagefind-results a').first().waitFor({ timeout: 20_000 });
    const hrefs = await page
      .locator('pagefind-results a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((h) => h.startsWith(BASE))).toBe(true);
    const first = await page.request.get(`${served.origin}${hrefs[0]}`);
    expect(first.status()).toBe(200);
    await expect
      .poll(() => page.locator('pagefind-filter-pane').innerText(), { timeout: 10_000 })
      .toContain('ปีงบประมาณ');
    // Pagefind's elements reset their font to a Latin system stack; Thai must be drawn in the site's Thai font,
    // or a machine without a Thai system font shows empty boxes.
    for (const selector of ['pagefind-results a', 'pagefind-filter-pane', 'pagefind-summary']) {
      const family = await page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily);
      expect({ selector, family }).toEqual({ selector, family: expect.stringMatching(/^"?Sarabun/) });
    }
    await page.close();
  });

  it('meets WCAG 2.1 AA (axe-core) with results and an open filter, at 390 and 1280 px', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${served.origin}${BASE}search/?q=${encodeURIComponent('ของขวัญ')}`);
      await page.locator('pagefind-results a').first().waitFor({ timeout: 20_000 });
      await page.locator('pagefind-filter-pane summary').first().click();
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                context: Document,
                options: object,
              ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, `${width} px`).toEqual([]);
      await page.close();
    }
  });
});
