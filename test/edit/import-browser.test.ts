import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { closeEditApp, openEditApp, type EditApp } from '../support/edit-app';

// Import from the app: the importer's dry run shown as tables first (nothing written), then that plan written.
const FIXTURE = join(process.cwd(), 'test', 'fixtures', 'import', 'measures.csv');
const WRITTEN = 'content/measures/2568/m-5-1.mdx';
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');

let browser: Browser;
let app: EditApp;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openEditApp(browser);
  page = app.page;
  await page.goto(app.url);
  await page.waitForSelector('#entries a');
});

afterAll(async () => {
  await browser?.close();
  await closeEditApp(app);
});

describe('importing a report from the editing app', () => {
  it('shows the dry run as a table of measures and a table of notes, writing nothing', async () => {
    await page.getByText('+ นำเข้ารายงานเดิม').click();
    await page.selectOption('#import-year', '2568');
    await page.setInputFiles('#import-file', FIXTURE);
    await page.waitForSelector('#import-measures tbody tr');
    const rows = await page.$$eval('#import-measures tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(rows).toEqual([['ประกาศแผนจัดซื้อจัดจ้างบนเว็บไซต์', 'budget-procurement', WRITTEN, '']]);
    const notes = await page.textContent('#import-notes');
    expect(notes).toContain('ต้องตรวจ');
    expect(notes).toContain('budget-procurement');
    expect(existsSync(join(app.root, WRITTEN))).toBe(false);
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('#import-report').screenshot({ path: join(SHOTS, 'edit-import-desktop.png') });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator('#import-report').screenshot({ path: join(SHOTS, 'edit-import-phone.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('Import writes exactly the planned measure, which the editor then lists and opens', async () => {
    await page.click('#import-go');
    await page.waitForSelector('#import-result');
    expect(await page.textContent('#import-result')).toContain('เขียนไฟล์ 1');
    expect(readFileSync(join(app.root, WRITTEN), 'utf8')).toContain('title: ประกาศแผนจัดซื้อจัดจ้างบนเว็บไซต์');
    await page.getByRole('link', { name: 'ประกาศแผนจัดซื้อจัดจ้างบนเว็บไซต์' }).click();
    await expect.poll(() => page.textContent('#editor-path')).toBe(WRITTEN);
  });
});
