/**
 * `npm run bench:og`: times the social cards of the real content.
 * Cold = empty cache (layout + satori + sharp per card); cached = the same
 * cards again, read from the cache. `--build` also times two full builds
 * with a fresh cache folder: the first renders every card, the second finds
 * them all in the cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import sharp from 'sharp';
import { splitAtBreakPoints } from '@/lib/og/break-points';
import { CARD, layoutCard } from '@/lib/og/card-layout';
import { createCardTree } from '@/lib/og/card-template';
import { loadCardFonts } from '@/lib/og/fonts';
import { createTextMeasurer } from '@/lib/og/measure';
import { createCardRenderer } from '@/lib/og/render-card';
import { describePages } from '@/lib/site/pages';
import { pageSourcesFromContent } from '@/lib/site/pages-from-content';
import { validateContent } from '@/lib/validate/validate-content';
import { parseOptions } from './support/parse-options';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { content } = validateContent(root);
const organisation = content.organisation?.data;
if (!organisation) throw new Error('content/organisation.yaml is missing or invalid');

// Outside Astro the data helpers cannot run; the page table is made from the same files by the same rules.
const sources = pageSourcesFromContent(content);
if (!sources) throw new Error('content/organisation.yaml is missing or invalid');
const measures = sources.measures;
const cards = describePages(sources).map((page) => page.card);

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const logo = readFileSync(join(root, 'content', organisation.logo));

// Stage by stage, to see where a card's time goes.
const fonts = loadCardFonts(root);
const measure = await createTextMeasurer(fonts, root);
const stages = { layout: [] as number[], satori: [] as number[], sharp: [] as number[] };
for (const card of [...cards, ...cards]) {
  let t = performance.now();
  const layout = layoutCard(card, measure, splitAtBreakPoints);
  stages.layout.push(performance.now() - t);
  t = performance.now();
  const svg = await satori(createCardTree(layout, undefined) as unknown as Parameters<typeof satori>[0], {
    width: CARD.width,
    height: CARD.height,
    fonts,
  });
  stages.satori.push(performance.now() - t);
  t = performance.now();
  await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, effort: 3 }).toBuffer();
  stages.sharp.push(performance.now() - t);
}

const cacheDir = mkdtempSync(join(tmpdir(), 'og-bench-'));
const renderer = await createCardRenderer({ root, logo, cacheDir, segment: splitAtBreakPoints });
const sizes: number[] = [];
const time = async (): Promise<number[]> => {
  const times: number[] = [];
  for (const card of cards) {
    const t = performance.now();
    sizes.push((await renderer.render(card)).png.length);
    times.push(performance.now() - t);
  }
  return times;
};
const cold = await time();
const cached = await time();
rmSync(cacheDir, { recursive: true, force: true });

console.log(`${cards.length} cards (${measures.length} published measures)`);
console.log(
  `per card, median (second pass, warm JIT): layout ${ms(median(stages.layout.slice(cards.length)))}, satori ${ms(median(stages.satori.slice(cards.length)))}, sharp ${ms(median(stages.sharp.slice(cards.length)))}`,
);
console.log(`cold, empty cache:  median ${ms(median(cold))} per card, total ${ms(cold.reduce((a, b) => a + b, 0))}`);
console.log(
  `cached:             median ${ms(median(cached))} per card, total ${ms(cached.reduce((a, b) => a + b, 0))}`,
);
console.log(
  `PNG size:           median ${(median(sizes) / 1024).toFixed(1)} kB, largest ${(Math.max(...sizes) / 1024).toFixed(1)} kB`,
);

if (
  parseOptions({ usage: 'ใช้ / usage: npm run bench:og -- [--build]', options: { build: { type: 'boolean' } } }).values
    .build
) {
  const work = mkdtempSync(join(tmpdir(), 'og-bench-build-'));
  const build = (label: string): void => {
    const t = performance.now();
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'build.ts'), '--out', join(work, 'dist')],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ITA_OG_CACHE: join(work, 'cache') },
      },
    );
    if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
    console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  build('full build, empty card cache');
  build('full build, warm card cache');
  rmSync(work, { recursive: true, force: true });
}
