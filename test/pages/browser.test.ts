import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, findAxeViolations, launchBrowser, PHONE } from '../support/browser';
import { demoSite } from '../support/demo-site';
import { projectRoot } from '../support/temp-project';
import { serveStatic, type StaticSite } from '../support/static-server';

const BASE = '/ita/';
/** Screenshots are written here for people to look at (git-ignored). */
const SHOTS = join(projectRoot, 'test-results', 'screenshots');

let browser: Browser;
let server: StaticSite;
let site: string;

beforeAll(async () => {
  const out = demoSite('ita').dist;
  server = await serveStatic(out, BASE);
  site = `${server.origin}${BASE}`;
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

const h1 = (page: Page) => page.locator('h1').innerText();

for (const [name, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  describe(`at ${name} size (${viewport.width} px)`, () => {
    it('walks home → year → issue → measure → gallery (open, next by arrow, Esc)', async () => {
      const page = await openPage(viewport);
      await page.goto(site);
      expect(await h1(page)).toContain('ข้อมูลคุณธรรมและความโปร่งใส');
      await page.locator('a.button', { hasText: 'อ่านรายงานปีงบประมาณ' }).click();
      expect(page.url()).toBe(`${site}2569/`);
      await page.goto(`${site}2568/`);
      expect(await h1(page)).toContain('รายงานผลการดำเนินการ');
      await page.locator('#issue-budget-procurement a').click();
      expect(page.url()).toBe(`${site}2568/budget-procurement/`);
      expect(await page.locator('.issue-nav a[aria-current="page"]').count()).toBe(1);
      await page.locator('.card h2 a').first().click();
      expect(page.url()).toMatch(new RegExp(`${site}2568/budget-procurement/[a-z0-9-]+/$`));
      await page.goto(`${site}2568/authority-personnel/ethics-training/`);
      const thumbs = page.locator('[data-gallery] .thumbs a');
      expect(await thumbs.count()).toBeGreaterThan(1);
      await thumbs.first().click();
      const dialog = page.locator('dialog.viewer');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      const first = await dialog.locator('img').getAttribute('src');
      expect(await dialog.locator('.viewer-counter').innerText()).toBe('๑ / ๒');
      await page.keyboard.press('ArrowRight');
      expect(await dialog.locator('.viewer-counter').innerText()).toBe('๒ / ๒');
      expect(await dialog.locator('img').getAttribute('src')).not.toBe(first);
      expect(await dialog.locator('img').getAttribute('alt')).toBe(
        await thumbs.nth(1).locator('img').getAttribute('alt'),
      );
      await expect
        .poll(() => dialog.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      await page.screenshot({ path: join(SHOTS, `gallery-open-${viewport.width}.png`) });
      // A swipe to the right goes back one photo, as on a phone's own gallery.
      await dialog.evaluate((d) => {
        const touch = (x: number) => [new Touch({ identifier: 1, target: d, clientX: x, clientY: 200 })];
        d.dispatchEvent(new TouchEvent('touchstart', { changedTouches: touch(100), bubbles: true }));
        d.dispatchEvent(new TouchEvent('touchend', { changedTouches: touch(260), bubbles: true }));
      });
      expect(await dialog.locator('.viewer-counter').innerText()).toBe('๑ / ๒');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.closest('.thumbs') !== null)).toBe(true);
      await page.close();
    });

    it('walks an announcement to its English translation and back', async () => {
      const page = await openPage(viewport);
      await page.goto(`${site}announcements/`);
      await page.locator('a', { hasText: 'No Gift Policy' }).first().click();
      await page.locator('.lang-switch a').click();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      const englishUrl = page.url();
      expect(englishUrl).toMatch(/-en\/$/);
      await page.locator('.lang-switch a').click();
      expect(await page.locator('html').getAttribute('lang')).toBe('th');
      expect(page.url()).not.toBe(englishUrl);
      expect(await page.locator('.lang-switch a').getAttribute('href')).toBe(new URL(englishUrl).pathname);
      await page.close();
    });

    // Ten pages through axe: with the Thai word elements (#18) each page has about twice the elements to check,
    // which on a busy shared machine takes longer than the default minute.
    it('has no WCAG 2.1 AA violation on each kind of page', { timeout: 180_000 }, async () => {
      const page = await openPage(viewport);
      const paths = [
        '',
        '2568/',
        '2569/round-6/',
        '2568/e-service/',
        '2568/authority-personnel/ethics-training/',
        'announcements/',
        'announcements/no-gift-policy-2569/',
        'announcements/no-gift-policy-2569-en/',
        'assessment/2568/',
        'oit/2569/',
        'oit/2569/o2/',
        'accessibility/',
        '404.html',
      ];
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(`${site}${path}`);
        found.push(...(await findAxeViolations(page)).map((v) => `${path || 'home'}: ${v}`));
      }
      expect(found).toEqual([]);
      await page.close();
    });

    it('keeps the search region free of navigation, headings in order, a working skip link and no sideways scrolling', async () => {
      const page = await openPage(viewport);
      for (const path of [
        '',
        '2568/',
        '2568/e-service/',
        '2568/authority-personnel/ethics-training/',
        'announcements/no-gift-policy-2569/',
        'assessment/2568/',
      ]) {
        await page.goto(`${site}${path}`);
        const state = await page.evaluate(() => ({
          navInside: document.querySelectorAll(
            '[data-pagefind-body] :is(nav, aside, .site-header, .site-footer, .breadcrumbs):not([data-pagefind-ignore])',
          ).length,
          bodies: document.querySelectorAll('[data-pagefind-body]').length,
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          // A heading may go back up any number of levels but never skip one going down.
          skipped: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
            .map((h) => Number(h.tagName[1]))
            .filter((level, i, all) => i > 0 && level > (all[i - 1] ?? 0) + 1).length,
          firstHeading: document.querySelector('h1, h2, h3, h4, h5, h6')?.tagName,
        }));
        expect(state, path).toEqual({ navInside: 0, bodies: 1, overflow: 0, skipped: 0, firstHeading: 'H1' });
      }
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.close();
    });

    it('takes screenshots of home, year, measure and announcement to look at', async () => {
      const page = await openPage(viewport);
      for (const [shot, path] of [
        ['home', ''],
        ['year', '2568/'],
        ['measure', '2568/authority-personnel/ethics-training/'],
        ['announcement', 'announcements/no-gift-policy-2569/'],
      ] as const) {
        await page.goto(`${site}${path}`);
        await page.evaluate(() => document.fonts.ready);
        // Lazy thumbnails below the fold would otherwise be blank in a full-page shot; every one must decode.
        const decoded = await page.evaluate(async () => {
          const images = [...document.images].filter((img) => !img.closest('dialog'));
          for (const img of images) img.loading = 'eager';
          return (
            await Promise.all(
              images.map((img) =>
                img.decode().then(
                  () => img.naturalWidth > 0,
                  () => false,
                ),
              ),
            )
          ).every(Boolean);
        });
        expect(decoded).toBe(true);
        const file = join(SHOTS, `${shot}-${viewport.width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(10_000);
        // The Thai web font is really in use, not a fallback.
        expect(await page.evaluate(() => document.fonts.check('16px Sarabun', 'ก'))).toBe(true);
      }
      await page.close();
    });
  });
}

describe('print', () => {
  /** The first page's size in points, read from the PDF Chromium prints. */
  async function printedPageSize(path: string): Promise<[number, number]> {
    const page = await browser.newPage();
    await page.goto(`${site}${path}`);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    await page.close();
    const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    return [Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))];
  }

  it('prints the fiscal-year report on landscape A4 and an announcement on portrait A4', async () => {
    expect(await printedPageSize('2568/')).toEqual([842, 595]);
    expect(await printedPageSize('announcements/no-gift-policy-2569/')).toEqual([595, 842]);
  });
});
