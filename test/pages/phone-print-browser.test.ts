import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weighPageKinds } from '../../scripts/bench/page-weight';
import { launchBrowser } from '../support/browser';
import { createTempProject, runBuild } from '../support/temp-project';
import { collectLineBreaks, findBreaksInsideWords } from '../support/line-breaks';
import { readPdfTextRuns, readPrintedTable } from '../support/print-layout';
import { serveStatic, type StaticSite } from '../support/static-server';

/** Issue #18: Thai line breaks, print and narrow screens, on one build of the demo site. */
const BASE = '/ita/';
let browser: Browser;
let server: StaticSite;
let site: string;
let out: string;
let root: string;
/** The page of each kind with the most to lay out (the heaviest), e.g. `2569/` for the year report. */
let pagesByKind: Record<string, string> = {};

beforeAll(async () => {
  // Its own build, on a day of fiscal year 2569 (which the demo reports on), so the home page shows its table of
  // the year; the shared demo build runs at today's date, when 2570 has no measures yet.
  root = createTempProject('ita-phone-');
  out = join(root, 'out');
  const { status, output } = runBuild(root, ['--out', out, '--base', BASE], { ITA_TODAY: '2026-06-15' });
  if (status !== 0) throw new Error(output);
  pagesByKind = Object.fromEntries(
    weighPageKinds(out, BASE).map((k) => [k.kind, k.heaviest.page.replace(/index\.html$/, '')]),
  );
  server = await serveStatic(out, BASE);
  site = `${server.origin}${BASE}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function open(path: string, width: number, height = 900): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${site}${path}`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe('Thai line breaks', () => {
  for (const width of [360, 1366]) {
    it(`breaks no dictionary word and no number on any kind of page at ${width} px`, async () => {
      expect(Object.keys(pagesByKind).length).toBeGreaterThanOrEqual(10);
      let breaks = 0;
      const inside: string[] = [];
      for (const [kind, path] of Object.entries(pagesByKind)) {
        const page = await open(path, width);
        const found = await collectLineBreaks(page);
        breaks += found.length;
        inside.push(...findBreaksInsideWords(found).map((b) => `${kind} /${path}: ${b}`));
        await page.close();
      }
      expect(breaks).toBeGreaterThan(500); // the pages really wrapped
      expect(inside).toEqual([]);
    });
  }

  it("finds the browser's own mid-word breaks when the word marks are switched off (the check has teeth)", async () => {
    const page = await open(pagesByKind.year!, 360);
    await page.addStyleTag({ content: 'th-w { white-space: normal }' });
    expect(findBreaksInsideWords(await collectLineBreaks(page)).length).toBeGreaterThan(20);
    await page.close();
  });

  it('keeps the marks out of copied text: the words read as Astro wrote them', async () => {
    const page = await open(pagesByKind.year!, 1366);
    const text = await page.locator('h1').innerText();
    expect(text).toBe(text.replace(/[\u200b\u2060]/g, ''));
    expect(await page.locator('h1').evaluate((h) => h.textContent)).toContain('ความโปร่งใส');
    await page.close();
  });
});

describe('print', () => {
  for (const kind of ['year', 'report']) {
    it(`prints the ${kind} report as the bordered table whatever width the print engine lays it out at`, async () => {
      for (const width of [740, 767, 1280]) {
        const page = await open(pagesByKind[kind]!, width);
        await page.emulateMedia({ media: 'print' });
        expect({ width, ...(await readPrintedTable(page)) }).toMatchObject({
          width,
          tableDisplay: 'table',
          rowDisplay: 'table-row',
          cellLabel: 'none',
          cellBorder: 'solid',
        });
        expect((await readPrintedTable(page)).headerWidth).toBeGreaterThan(40);
        await page.close();
      }
    });
  }

  it('prints the year report on landscape A4 with the column headers side by side, even on a narrow sheet', async () => {
    const page = await open(pagesByKind.year!, 740);
    for (const options of [{ preferCSSPageSize: true }, { width: '196mm', height: '297mm' }]) {
      const pdf = await page.pdf(options);
      if (options.preferCSSPageSize) {
        const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
        expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([842, 595]);
      }
      const pages = await readPdfTextRuns(pdf);
      const first = pages.find((runs) => runs.some((r) => r.str.includes('Outcome')))!;
      const output = first.find((r) => r.str.includes('Output'))!;
      const outcome = first.find((r) => r.str.includes('Outcome'))!;
      // One header row: "(Output)" and "(Outcome)" on the same line, side by side. Phone cards would put them
      // one under the other, once per measure.
      expect(Math.abs(output.y - outcome.y)).toBeLessThan(15);
      expect(outcome.x - output.x).toBeGreaterThan(40);
      expect(first.filter((r) => r.str.includes('Outcome')).length).toBeLessThanOrEqual(3);
    }
    await page.close();
  });
});

describe('narrow and middle-sized screens', () => {
  it('scrolls no page sideways at 320 px, and shows the whole header search button', async () => {
    const wide: string[] = [];
    for (const [kind, path] of Object.entries(pagesByKind)) {
      const page = await open(path, 320);
      const { scrollWidth, button } = (await page.evaluate(`(() => {
        const b = document.querySelector('.header-search button').getBoundingClientRect();
        const el = document.querySelector('.header-search button');
        return { scrollWidth: document.documentElement.scrollWidth, button: { right: b.right, cut: el.scrollWidth > el.clientWidth } };
      })()`)) as { scrollWidth: number; button: { right: number; cut: boolean } };
      if (scrollWidth > 320 || button.right > 320 || button.cut)
        wide.push(
          `${kind} /${path}: page ${scrollWidth} px, button right edge ${button.right} px${button.cut ? ', label cut' : ''}`,
        );
      await page.close();
    }
    expect(wide).toEqual([]);
  });

  for (const width of [800, 900, 1024]) {
    it(`fits the report tables at ${width} px, or keeps the status column in view while the rest scrolls`, async () => {
      for (const kind of ['year', 'report']) {
        const page = await open(pagesByKind[kind]!, width);
        const wraps = await page.locator('.table-wrap:has(table.report-table)').evaluateAll((els) =>
          els.map((el) => {
            const box = el.getBoundingClientRect();
            const status = el.querySelector('tbody tr td:last-child')!.getBoundingClientRect();
            return {
              scrolls: el.scrollWidth > el.clientWidth + 1,
              statusVisible: status.left >= box.left && status.right <= box.right + 1,
              tabindex: el.getAttribute('tabindex'),
              role: el.getAttribute('role'),
              links: el.querySelectorAll('a[href]').length,
            };
          }),
        );
        expect(wraps.length).toBeGreaterThan(3);
        for (const w of wraps) {
          expect(w.statusVisible).toBe(true);
          // Never a tab stop or landmark of its own; one that scrolls is reached through its links.
          expect(w).toMatchObject({ tabindex: null, role: null });
          if (w.scrolls) expect(w.links).toBeGreaterThan(0);
        }
        if (width === 1024) expect(wraps.filter((w) => w.scrolls)).toEqual([]);
        await page.close();
      }
    });
  }

  for (const width of [320, 360]) {
    it(`shows the assessment table's result column on a ${width} px phone`, async () => {
      const page = await open(pagesByKind.assessment!, width);
      const results = await page
        .locator('table.scores td.pass, table.scores td.fail')
        .evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().right)));
      expect(results.length).toBeGreaterThan(5);
      expect(results.filter((right) => right > width)).toEqual([]);
      expect(
        await page.locator('.table-wrap:has(table.scores)').evaluate((el) => el.scrollWidth <= el.clientWidth + 1),
      ).toBe(true);
      await page.close();
    });
  }
});

describe('details of #18', () => {
  it('names each landmark once and lets every scrolling table be reached by keyboard (axe), on every kind of page from 320 to 1366 px', async () => {
    const { default: axe } = await import('axe-core');
    const found: string[] = [];
    for (const width of [320, 360, 800, 1366]) {
      for (const kind of Object.keys(pagesByKind)) {
        const page = await open(pagesByKind[kind]!, width);
        await page.addScriptTag({ content: axe.source });
        const violations = (await page.evaluate(
          `axe.run(document, { runOnly: { type: 'rule', values: ['landmark-unique', 'scrollable-region-focusable', 'aria-allowed-role', 'region'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.length))`,
        )) as string[];
        found.push(...violations.map((v) => `${kind} @${width}: ${v}`));
        await page.close();
      }
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('numbers step lists in Thai digits on a Thai-digit site', async () => {
    const page = await open(pagesByKind.measure!, 1366);
    // Lists drawn without markers (the report rounds) aside, every numbered list counts ๑. ๒. ๓.
    const styles = await page
      .locator('main ol')
      .evaluateAll((lists) => lists.map((ol) => getComputedStyle(ol).listStyleType).filter((s) => s !== 'none'));
    expect(styles.length).toBeGreaterThan(0);
    expect(new Set(styles)).toEqual(new Set(['thai']));
    await page.close();
  });

  it('aligns the home table figures with their column headers', async () => {
    const page = await open(pagesByKind.home!, 1366);
    const columns = await page.locator('table.glance-table').evaluate((table) => {
      const heads = [...table.querySelectorAll('thead th')].map((th) => getComputedStyle(th).textAlign);
      const cells = [...table.querySelectorAll('tbody tr:first-child > *')].map((c) => getComputedStyle(c).textAlign);
      return { heads, cells };
    });
    expect(columns.heads).toEqual(columns.cells);
    expect(columns.cells.slice(1)).toEqual(['right', 'right', 'right', 'right']);
    await page.close();
  });

  // Chrome, counts, dates, pagers, step numbers, table figures: everything the site writes itself. What stays
  // Arabic is not the site's to change: OIT item codes (O1…O33, the framework's own names), web addresses, and
  // the words of links to other sites. Left out too, for the search part of #18: Pagefind's screen-reader
  // announcement ("พบ 80 ผลการค้นหาสำหรับ …", [data-pf-sr-hidden]) still counts in Arabic digits.
  // Text marked English (a standard's name such as WCAG 2.1, an English notice) keeps its own digits.
  it('writes every number of its own in Thai digits on every kind of page, the search results included', async () => {
    const arabic: string[] = [];
    for (const [kind, path] of [...Object.entries(pagesByKind), ['search results', 'search/?q=งบประมาณ']] as const) {
      const page = await open(path, 1366);
      if (kind === 'search results') await page.locator('[data-search-results] a[href]').first().waitFor();
      const found = (await page.evaluate(`(() => {
        const found = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (el.closest('script, style, [hidden], a[href^="http"], .visually-hidden, [data-pf-sr-hidden], [lang="en"]') || !el.getClientRects().length) continue;
          for (const token of node.textContent.match(/\\S*[0-9]\\S*/g) ?? [])
            if (!/^\\(?O\\d+\\)?$|:\\/\\//.test(token)) found.push(el.tagName.toLowerCase() + ': ' + token);
        }
        return found;
      })()`)) as string[];
      arabic.push(...found.map((f) => `${kind} /${path}: ${f}`));
      await page.close();
    }
    expect(arabic).toEqual([]);
  });

  it('gives the 404 page no canonical address of its own', () => {
    const html = readFileSync(join(out, '404.html'), 'utf8');
    expect(html).not.toMatch(/rel="canonical"/);
    expect(html).not.toMatch(/og:url/);
    expect(html).toMatch(/<meta name="robots" content="noindex">/);
  });
});
