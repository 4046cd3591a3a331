import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  classifyPage,
  PAGE_BUDGET_BYTES,
  weighPage,
  weighPageKinds,
  weighPages,
  type KindWeight,
  type PageWeight,
} from '../../scripts/bench/page-weight';
import { writeContent } from '../../scripts/bench/content';
import { planOrganisation } from '../../scripts/bench/plan';
import { PRESETS } from '../../scripts/bench/presets';
import { createTempProject, runBuild } from '../support/temp-project';
import { demoSite } from '../support/demo-site';

/** Every page must send at most this many bytes of HTML + CSS + JS (gzipped) + fonts (as they are), photos aside. */
const BUDGET = PAGE_BUDGET_BYTES;
/** A server that does not compress at all still sends every page but the year-long report tables within this. */
const UNCOMPRESSED_BUDGET = 100 * 1024;
const root = resolve(import.meta.dirname, '../..');

describe('page weight counting', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-weight-unit-'));
  const put = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the page, its stylesheets, fonts and scripts, each file once', () => {
    put('_astro/a.css', '@font-face{src:url(/ita/_astro/thai.woff2)}@import "./b.css";body{background:url(photo.jpg)}');
    put('_astro/b.css', '@font-face{src:url("./thai.woff2")}');
    put('_astro/thai.woff2', 'F'.repeat(1000));
    put('_astro/app.js', 'import{x}from"./dep.js";import("./lazy.js");');
    put('_astro/dep.js', 'export const x=1;');
    put('_astro/lazy.js', 'L'.repeat(5000));
    const html =
      '<link rel="stylesheet" href="/ita/_astro/a.css"><link rel=stylesheet href="../_astro/a.css"><script type="module" src="/ita/_astro/app.js"></script><link rel="preload" as="font" href="/ita/_astro/thai.woff2" crossorigin><link rel="icon" href="/ita/favicon.svg"><script src="https://other.example/x.js"></script>';
    put('2569/index.html', html);
    const weight = weighPage(dir, '/ita/', '2569/index.html');
    expect(weight.kind).toBe('year');
    expect(weight.html).toBe(Buffer.byteLength(html));
    expect(weight.font).toBe(1000);
    expect(weight.css).toBe(
      Buffer.byteLength(
        '@font-face{src:url(/ita/_astro/thai.woff2)}@import "./b.css";body{background:url(photo.jpg)}',
      ) + Buffer.byteLength('@font-face{src:url("./thai.woff2")}'),
    );
    // The static import is fetched before the module runs; the dynamic one only on demand.
    expect(weight.js).toBe(
      Buffer.byteLength('import{x}from"./dep.js";import("./lazy.js");') + Buffer.byteLength('export const x=1;'),
    );
    expect(weight.total).toBe(weight.html + weight.css + weight.js + weight.font);
    expect(weight.missing).toEqual([]);
  });

  it('reports references to files that are not in the output', () => {
    put('404.html', '<link rel="stylesheet" href="/ita/_astro/gone.css">');
    expect(weighPage(dir, '/ita/', '404.html').missing).toEqual(['/ita/_astro/gone.css']);
  });

  it('names page kinds by the agreed URL scheme', () => {
    expect(classifyPage('index.html')).toBe('home');
    expect(classifyPage('2568/index.html')).toBe('year');
    expect(classifyPage('2568/e-service/index.html')).toBe('issue');
    expect(classifyPage('2568/round-12/index.html')).toBe('report');
    expect(classifyPage('2568/e-service/open-data/index.html')).toBe('measure');
    expect(classifyPage('announcements/index.html')).toBe('announcements');
    expect(classifyPage('announcements/no-gift-policy-en/index.html')).toBe('announcement');
    expect(classifyPage('assessment/2568/index.html')).toBe('assessment');
    expect(classifyPage('oit/2569/index.html')).toBe('oit');
    expect(classifyPage('search/index.html')).toBe('search');
  });
});

describe('page-weight budget on the demo site', () => {
  let outDir = '';
  let kinds: KindWeight[] = [];
  let pages: PageWeight[] = [];

  beforeAll(() => {
    const demo = demoSite('ita');
    outDir = demo.dist;
    const base = demo.base;
    kinds = weighPageKinds(outDir, base);
    pages = weighPages(outDir, base);
  });

  it('weighs a page of every kind', () => {
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining([
        'home',
        'year',
        'report',
        'issue',
        'measure',
        'announcements',
        'announcement',
        'assessment',
        'oit',
        'search',
        'accessibility',
        '404',
      ]),
    );
  });

  // "Sends" is what crosses the network: the shipped public/.htaccess compresses HTML, CSS
  // and JS (checked below); WOFF2 fonts are already compressed and count as they are.
  // Uncompressed, the year and report-round pages are larger because they carry the whole
  // report table of the year (and its Thai line-break marks, which gzip folds to almost nothing).
  it(`sends at most ${BUDGET / 1024} KB of HTML + CSS + fonts + JS for every page`, () => {
    const over = pages
      .filter((w) => w.gzipTotal > BUDGET)
      .map(
        (w) =>
          `${w.kind} (/${w.page}): ${w.gzipTotal} bytes sent (uncompressed: HTML ${w.html} + CSS ${w.css} + JS ${w.js} + fonts ${w.font})`,
      );
    expect(over).toEqual([]);
    // The fonts are what every page pays; cut to the site's characters they stay well inside the budget.
    expect(Math.max(...pages.map((w) => w.font))).toBeLessThan(32 * 1024);
  });

  it('relies on compression that the shipped hosting rules really switch on', () => {
    const htaccess = readFileSync(join(root, 'public', '.htaccess'), 'utf8');
    const deflate = /AddOutputFilterByType DEFLATE ([^\n]+)/.exec(htaccess)?.[1] ?? '';
    expect(deflate.split(/\s+/)).toEqual(expect.arrayContaining(['text/html', 'text/css', 'text/javascript']));
  });

  // The OIT answer sheet is year-long too: every item of the year with its full addresses and click paths.
  it('keeps every page other than the year-long report tables and answer sheets under the budget even uncompressed', () => {
    const over = pages
      .filter((w) => !['year', 'report', 'oit'].includes(w.kind) && w.total > UNCOMPRESSED_BUDGET)
      .map((w) => `${w.kind} (/${w.page}): ${w.total} bytes`);
    expect(over).toEqual([]);
  });

  it('references no stylesheet, script or font that is missing from the output', () => {
    expect(pages.flatMap((p) => p.missing.map((m) => `${p.page} → ${m}`))).toEqual([]);
  });
});

/**
 * The large preset's heaviest kinds are the year-long pages (year report, report rounds, issue pages), which
 * list every measure of their year: their weight follows measures per year, not the number of years. One year
 * with as many measures as each of the large preset's years has, written by the bench's own generator, builds
 * them at full size in a fraction of the large build (photos left out: year-long pages show none).
 */
describe("page-weight budget at the large preset's measures per year", () => {
  const large = PRESETS.large!;
  const perYear = large.measures / large.years;
  let root = '';
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it(`sends at most ${BUDGET / 1024} KB for every page of a year of ${perYear} measures`, () => {
    root = createTempProject('ita-weight-large-');
    rmSync(join(root, 'content'), { recursive: true, force: true });
    const plan = planOrganisation({ years: 1, measures: perYear, photos: 0, pdfs: 0 });
    writeContent(join(root, 'content'), plan.years, plan.measures);
    const out = join(root, 'out');
    const { status, output } = runBuild(root, ['--out', out, '--base', '/ita/'], {
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    if (status !== 0) throw new Error(output);
    const kinds = weighPageKinds(out, '/ita/');
    const year = kinds.find((k) => k.kind === 'year')!;
    // Really the year-long table of the large preset: one row per measure.
    expect(readFileSync(join(out, year.heaviest.page), 'utf8').match(/<tr\b/g)!.length).toBeGreaterThan(perYear);
    console.log(
      kinds
        .map((k) => `${k.kind}: ${(k.heaviest.gzipTotal / 1024).toFixed(1)} KB sent (/${k.heaviest.page})`)
        .join('\n'),
    );
    expect(kinds.filter((k) => k.heaviest.gzipTotal > BUDGET).map((k) => `${k.kind} /${k.heaviest.page}`)).toEqual([]);
  }, 600_000);
});
