import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subsetFileName, writeSarabunSubsets } from '@/build/fonts/subset-sarabun';
import { listFiles } from '@/lib/validate/read-content';
import { launchBrowser } from './support/browser';
import { projectRoot } from '../support/temp-project';

/**
 * The fallback face in src/styles/fonts.css scales the phone's Noto Sans Thai to Sarabun, so the page does not
 * reflow when Sarabun arrives (font-display: swap). Here both are loaded as web fonts, the fallback with the
 * very numbers the stylesheet ships, and the demo's Thai text is measured in each.
 */
const require = createRequire(import.meta.url);
let browser: Browser;
let dir: string;
let fontDir: string;

beforeAll(async () => {
  fontDir = (await writeSarabunSubsets(projectRoot)).dir;
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'ita-fonts-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The descriptors of the shipped 'Sarabun Fallback' face of one weight. */
function readFallbackFace(weight: number): Record<string, string> {
  const css = readFileSync(join(projectRoot, 'src', 'styles', 'fonts.css'), 'utf8');
  const face = [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
    .map((m) => m[1]!)
    .find((body) => body.includes("'Sarabun Fallback'") && body.includes(`font-weight: ${weight};`));
  expect(face, `a 'Sarabun Fallback' face of weight ${weight}`).toBeDefined();
  return Object.fromEntries([...face!.matchAll(/([a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const thaiSample = (): string =>
  listFiles(join(projectRoot, 'content', 'measures'), /\.mdx$/)
    .map((file) => readFileSync(file, 'utf8'))
    .join(' ')
    // Thai letters only: spaces and Latin come from the Latin faces, which the fallback does not cover.
    .replace(/[^\u0e01-\u0e5b]+/gu, '')
    .slice(0, 3000);

describe('metric-matched fallback font', () => {
  for (const weight of [400, 700]) {
    it(`sets Thai in the ${weight} fallback at Sarabun's width and height, within 2 %`, async () => {
      const face = readFallbackFace(weight);
      const noto = require.resolve(`@fontsource/noto-sans-thai/files/noto-sans-thai-thai-${weight}-normal.woff2`);
      const html = `<!doctype html><meta charset="utf-8"><style>
        @font-face { font-family: 'Sarabun'; font-weight: ${weight}; src: url('${pathToFileURL(join(fontDir, subsetFileName('thai', weight)))}'); }
        @font-face { font-family: 'Fallback'; font-weight: ${weight}; src: url('${pathToFileURL(noto)}');
          size-adjust: ${face['size-adjust']}; ascent-override: ${face['ascent-override']}; descent-override: ${face['descent-override']}; line-gap-override: ${face['line-gap-override']}; }
        span { font-size: 18px; font-weight: ${weight}; white-space: nowrap; line-height: normal; }
      </style><span id="sarabun" style="font-family: Sarabun">${thaiSample()}</span><br><span id="fallback" style="font-family: Fallback">${thaiSample()}</span>`;
      const file = join(dir, `fallback-${weight}.html`);
      writeFileSync(file, html);
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.evaluate(() => document.fonts.ready);
      const box = (id: string) =>
        page
          .locator(`#${id}`)
          .evaluate((el) => ({ width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height }));
      const [sarabun, fallback] = [await box('sarabun'), await box('fallback')];
      expect(
        await page.evaluate(
          () => document.fonts.check('18px Sarabun', 'ก') && document.fonts.check('18px Fallback', 'ก'),
        ),
      ).toBe(true);
      expect(fallback.width / sarabun.width).toBeGreaterThan(0.98);
      expect(fallback.width / sarabun.width).toBeLessThan(1.02);
      expect(fallback.height / sarabun.height).toBeGreaterThan(0.98);
      expect(fallback.height / sarabun.height).toBeLessThan(1.02);
      await page.close();
    });
  }
});
