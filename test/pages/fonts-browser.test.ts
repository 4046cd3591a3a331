import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFallbackDescriptors, FALLBACK_FACES, type FontMetrics } from '@/build/fonts/fallback-metrics';
import { writeFontFacesCss } from '@/build/fonts/font-faces-css';
import { subsetFileName, writeSarabunSubsets } from '@/build/fonts/subset-sarabun';
import { listFiles } from '@/lib/validate/read-content';
import { PAGE_BUDGET_BYTES, weighPageKinds } from '../../scripts/bench/page-weight';
import { measurePagesSent } from '../../scripts/bench/pages-sent';
import { formatPagesSent } from '../../scripts/bench/report';
import { demoSite } from '../support/demo-site';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticSite } from '../support/static-server';
import { projectRoot } from '../support/temp-project';

/**
 * The fallback faces in the built fonts.css (src/build/fonts/font-faces-css.ts) scale the device's own fonts to Sarabun, so the page does not
 * move when Sarabun arrives (font-display: swap). Their numbers must be the ones computed from the fonts'
 * metrics; where a copy of the font is at hand (Noto Sans Thai from Fontsource, Liberation Sans — Arial's
 * metric twin — from pdf.js) it is loaded as a web font under the shipped descriptors and measured.
 */
const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;
let fontsCssFile: string;
const fontsCss = (): string => readFileSync(fontsCssFile, 'utf8');
/** Stand-ins for the system fonts, by the metrics name of fallback-metrics.ts. */
const STAND_INS: Record<string, Record<number, string>> = {
  notoSansThai: {
    400: require.resolve('@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2'),
    700: require.resolve('@fontsource/noto-sans-thai/files/noto-sans-thai-thai-700-normal.woff2'),
  },
  arial: {
    400: require.resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf'),
    700: require.resolve('pdfjs-dist/standard_fonts/LiberationSans-Bold.ttf'),
  },
};
let browser: Browser;
let dir: string;
let fontDir: string;

beforeAll(async () => {
  fontDir = (await writeSarabunSubsets(projectRoot)).dir;
  fontsCssFile = writeFontFacesCss(fontDir);
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'ita-fonts-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Face {
  body: string;
  family: string;
  weight: number;
  script: 'thai' | 'latin';
  descriptors: Record<string, string>;
}

/** The shipped fallback faces (every family whose name starts with 'Sarabun Fallback'). */
function readFallbackFaces(css = fontsCss()): Face[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
    .map((m) => m[1]!)
    .filter((body) => /font-family:\s*'Sarabun Fallback/.test(body))
    .map((body) => ({
      body,
      family: /font-family:\s*'([^']+)'/.exec(body)![1]!,
      weight: Number(/font-weight:\s*(\d+)/.exec(body)![1]),
      script: /unicode-range:\s*U\+0E01/.test(body) ? 'thai' : 'latin',
      descriptors: Object.fromEntries([...body.matchAll(/([a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()])),
    }));
}

const percent = (value: string | undefined): number => Number(value?.replace('%', ''));
const metrics = async (name: string, weight: number): Promise<FontMetrics> =>
  ((await import(`@capsizecss/metrics/${weight === 700 ? `${name}/700` : name}`)) as { default: FontMetrics }).default;

const sample = (script: 'thai' | 'latin'): string =>
  listFiles(join(projectRoot, 'content', 'measures'), /\.mdx$/)
    .map((file) => readFileSync(file, 'utf8'))
    .join(' ')
    .replace(script === 'thai' ? /[^\u0e01-\u0e5b]+/gu : /[^A-Za-z0-9 .,()-]+/gu, script === 'thai' ? '' : ' ')
    .replace(/ +/g, ' ')
    .slice(0, 3000);

describe('metric-matched fallback fonts', () => {
  it('ships a face for every system font and weight, with the numbers its metrics give', async () => {
    const faces = readFallbackFaces();
    expect(faces.map((f) => `${f.family} ${f.script} ${f.weight}`)).toEqual(
      FALLBACK_FACES.flatMap((f) => WEIGHTS.map((w) => `${f.family} ${f.script} ${w}`)),
    );
    for (const [i, face] of faces.entries()) {
      const spec = FALLBACK_FACES[Math.floor(i / 2)]!;
      for (const name of spec.local[face.weight as 400 | 700]) expect(face.descriptors.src).toContain(`local('${name}`);
      const expected = computeFallbackDescriptors(
        await metrics('sarabun', face.weight),
        await metrics(spec.metrics, face.weight),
        spec.script,
      );
      const shipped = face.descriptors;
      const label = `${face.family} ${face.script} ${face.weight}`;
      expect(percent(shipped['size-adjust']), label).toBeCloseTo(expected.sizeAdjust, 1);
      expect(percent(shipped['ascent-override']), label).toBeCloseTo(expected.ascentOverride, 1);
      expect(percent(shipped['descent-override']), label).toBeCloseTo(expected.descentOverride, 1);
      expect(percent(shipped['line-gap-override']), label).toBeCloseTo(expected.lineGapOverride, 1);
    }
  });

  it('lists the matched faces before any unmatched system font in the page font stack', () => {
    const css = readFileSync(join(projectRoot, 'src', 'styles', 'global.css'), 'utf8');
    const stack = /--font-body:\s*([^;]+);/
      .exec(css)![1]!
      .split(',')
      .map((f) => f.trim().replace(/'/g, ''));
    expect(stack.slice(0, 3)).toEqual(['Sarabun', 'Sarabun Fallback', 'Sarabun Fallback Windows']);
  });

  for (const spec of FALLBACK_FACES.filter((f) => STAND_INS[f.metrics]))
    for (const weight of WEIGHTS) {
      it(`sets ${spec.script} text in the ${weight} ${spec.metrics} fallback at Sarabun's width and height, within 2 %`, async () => {
        const face = readFallbackFaces().find(
          (f) => f.family === spec.family && f.script === spec.script && f.weight === weight,
        )!.descriptors;
        // At 100 px, so that Linux Chromium's rounding of each glyph's advance (at 18 px it put the bold ratios 3–4 % off)
        // does not stand in for the fonts' own widths.
        const html = `<!doctype html><meta charset="utf-8"><style>
        @font-face { font-family: 'Sarabun'; font-weight: ${weight}; src: url('${pathToFileURL(join(fontDir, subsetFileName(spec.script, weight)))}'); }
        @font-face { font-family: 'Fallback'; font-weight: ${weight}; src: url('${pathToFileURL(STAND_INS[spec.metrics]![weight]!)}');
          size-adjust: ${face['size-adjust']}; ascent-override: ${face['ascent-override']}; descent-override: ${face['descent-override']}; line-gap-override: ${face['line-gap-override']}; }
        span { font-size: 100px; font-weight: ${weight}; white-space: pre; line-height: normal; }
      </style><span id="sarabun" style="font-family: Sarabun">${sample(spec.script)}</span><br><span id="fallback" style="font-family: Fallback">${sample(spec.script)}</span>`;
        const file = join(dir, `fallback-${spec.metrics}-${weight}.html`);
        writeFileSync(file, html);
        const page = await browser.newPage();
        await page.goto(pathToFileURL(file).href);
        await page.evaluate(() => document.fonts.ready);
        const box = (id: string) =>
          page.locator(`#${id}`).evaluate((el) => {
            const r = el.getBoundingClientRect();
            return { width: r.width, height: r.height };
          });
        const [sarabun, fallback] = [await box('sarabun'), await box('fallback')];
        const probe = spec.script === 'thai' ? 'ก' : 'a';
        expect(
          await page.evaluate(
            (ch) => document.fonts.check('100px Sarabun', ch) && document.fonts.check('100px Fallback', ch),
            probe,
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

/**
 * The swap itself, on built pages: each page is laid out once in Sarabun and once with Sarabun's files
 * failing, so that it shows in the fallback faces (the device fonts played by the stand-ins above; a face
 * without one fails as on a device without that font). Chromium loads no later web font while an earlier one is
 * still loading, so the swap cannot be watched live with stand-ins; on a device the faces are local() fonts, which
 * it uses at once. What layout shift counts is what moves on the screen the visitor is looking at.
 */
describe('swapping Sarabun in', () => {
  let site: StaticSite | undefined;
  let origin = '';
  let base = '';
  beforeAll(async () => {
    const demo = demoSite('ita');
    base = demo.base;
    site = await serveStatic(demo.dist, base);
    origin = site.origin;
  });
  afterAll(() => site?.close());

  type Fonts = 'sarabun' | 'matched fallback' | 'unmatched fallback';
  /** The shipped stylesheet with the faces a layout must not use pointed at nothing, the fallbacks at their stand-ins. */
  function rewriteFaces(css: string, fonts: Fonts): string {
    return css.replace(/@font-face\s*{([^}]*)}/g, (whole, body: string) => {
      const fail = (w: string) => w.replace(/src:[^;]+;/, 'src: local(No Such Font);');
      if (!/font-family:\s*'?Sarabun Fallback/.test(body)) return fonts === 'sarabun' ? whole : fail(whole);
      const family = /font-family:\s*'?([^;']+)'?/.exec(body)![1]!;
      const script = /unicode-range:\s*U\+0?E01/i.test(body) ? 'thai' : 'latin';
      const weight = Number(/font-weight:\s*(\d+)/.exec(body)![1]);
      const spec = FALLBACK_FACES.find((f) => f.family === family && f.script === script)!;
      if (fonts !== 'matched fallback' || !STAND_INS[spec.metrics]) return fail(whole);
      return whole.replace(/src:[^;]+;/, `src: url('/__stand-in/${spec.metrics}-${weight}');`);
    });
  }

  async function layOut(path: string, width: number, height: number, fonts: Fonts) {
    const page: Page = await browser.newPage({ viewport: { width, height } });
    await page.route('**/*.css', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewriteFaces(await response.text(), fonts) });
    });
    await page.route('**/__stand-in/*', async (route) => {
      const [name, weight] = new URL(route.request().url()).pathname.split('/').pop()!.split('-');
      await route.fulfill({ body: readFileSync(STAND_INS[name!]![Number(weight)]!) });
    });
    await page.goto(`${origin}${base}${path}`);
    await page.evaluate(() => document.fonts.ready);
    const result = await page.evaluate(() => {
      const used: string[] = [];
      document.fonts.forEach((f) => {
        if (f.status === 'loaded') used.push(f.family);
      });
      const boxes = [...document.querySelectorAll('body :is(h1, h2, h3, p, li, th, td, dt, dd, a, button)')].map(
        (el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top + scrollY, height: r.height };
        },
      );
      return { used: [...new Set(used)], boxes };
    });
    await page.close();
    return result;
  }

  /** Text blocks that sit elsewhere or wrap differently in the fallback than in Sarabun. */
  async function compareSwap(path: string, width: number, fallback: Fonts) {
    const height = width < 800 ? 800 : 900;
    const sarabun = await layOut(path, width, height, 'sarabun');
    const before = await layOut(path, width, height, fallback);
    const moved = sarabun.boxes.filter(
      (box, i) => Math.abs(box.top - before.boxes[i]!.top) > 1 || Math.abs(box.height - before.boxes[i]!.height) > 1,
    );
    return {
      blocks: sarabun.boxes.length,
      movedOnFirstScreen: moved.filter((box) => box.top < height).length,
      movedBelow: moved.filter((box) => box.top >= height).length,
      fallbackFaces: before.used,
      sarabunFaces: sarabun.used,
    };
  }

  for (const width of [360, 1366])
    it(`moves nothing on the first screen when Sarabun swaps in at ${width} px (measure, year, home)`, async () => {
      const figures: Record<string, Awaited<ReturnType<typeof compareSwap>>> = {};
      for (const path of ['2569/iit-3/no-gift-policy/', '2569/', ''])
        figures[path || 'home'] = await compareSwap(path, width, 'matched fallback');
      console.log(`font swap at ${width} px, matched fallbacks: ${JSON.stringify(figures)}`);
      for (const f of Object.values(figures)) {
        expect(f.fallbackFaces).toEqual(expect.arrayContaining(['Sarabun Fallback', 'Sarabun Fallback Windows']));
        expect(f.fallbackFaces).not.toContain('Sarabun');
        expect(f.sarabunFaces).toContain('Sarabun');
        expect(f.blocks).toBeGreaterThan(20);
        expect(f.movedOnFirstScreen).toBe(0);
      }
    });

  it('sees blocks move on the first screen when the fallback faces are missing (the check has teeth)', async () => {
    const unmatched = await compareSwap('2569/iit-3/no-gift-policy/', 360, 'unmatched fallback');
    console.log(`font swap at 360 px, unmatched fallback: ${JSON.stringify(unmatched)}`);
    expect(unmatched.movedOnFirstScreen).toBeGreaterThan(0);
  });
});

/**
 * Issue #18: "load the bold face only on pages that use it". A face is fetched only when text needs it, so
 * Chromium's requests say which pages need bold: every kind does (its heading, and "ITA" in the header).
 * The static count of page-weight.ts charges every font a page references; it must not charge less.
 */
describe('fonts each kind of page fetches', () => {
  it('fetches a bold file only where bold text needs it, and no more font bytes than the page-weight count charges', async () => {
    const demo = demoSite('ita');
    const kinds = weighPageKinds(demo.dist, demo.base);
    const sent = await measurePagesSent(
      demo.dist,
      demo.base,
      kinds.map((k) => ({ kind: k.kind, page: k.heaviest.page })),
    );
    console.log(`fonts sent per page kind:\n${formatPagesSent(sent)}`);
    expect(sent.map((p) => p.kind)).toEqual(kinds.map((k) => k.kind));
    for (const [i, page] of sent.entries()) {
      const files = page.fonts.map((f) => f.file.replace(/\.[\w-]+\.woff2$/, ''));
      expect(files.includes('sarabun-thai-700'), `${page.kind}: bold Thai fetched ⇔ set`).toBe(page.boldThai !== null);
      expect(files.includes('sarabun-latin-700'), `${page.kind}: bold Latin fetched ⇔ set`).toBe(
        page.boldLatin !== null,
      );
      expect(files).toContain('sarabun-thai-400');
      expect(page.font).toBeLessThanOrEqual(kinds[i]!.heaviest.font);
      expect(page.html + page.css + page.js + page.font).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    }
  }, 300_000);
});
