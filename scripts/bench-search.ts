/**
 * `npm run bench:search`: recall benchmark of the Thai search.
 *
 * Builds the demo site (or takes one with --site DIR), then for every query in
 * the list (--queries FILE; default test/fixtures/search/bench-queries.txt)
 * compares the pages Pagefind returns — through the site's own pagefind.js, the
 * way the search page asks — with the pages whose visible content text shows
 * the query. Prints recall, precision and bytes fetched per query, and totals.
 */
import * as pagefind from 'pagefind';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPage } from '@/build/search/extract-page';
import { openNodeSearch } from '@/build/search/pagefind-node';
import { normaliseForMatch, scoreQuery, textShows } from '@/build/search/recall';
import { parseOptions } from './support/parse-options';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: options } = parseOptions({
  usage: 'ใช้ / usage: npm run bench:search -- [--site DIR] [--queries FILE] [--baseline] [--verbose]',
  options: {
    site: { type: 'string' },
    queries: { type: 'string' },
    baseline: { type: 'boolean' },
    verbose: { type: 'boolean' },
  },
});
const PER_QUERY = /\.(pf_index|pf_filter|pf_fragment)$/;
const RESULTS_SHOWN = 5; // the component UI loads excerpts for the first results only

function buildDemoSite(out: string): void {
  console.log(`Building the demo site into ${relative(root, out)} …`);
  mkdirSync(dirname(out), { recursive: true });
  const build = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts'), '--out', out], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}

function readPages(site: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    const path = relative(site, file).split('\\').join('/');
    if (!entry.isFile() || !path.endsWith('.html') || path.startsWith('pagefind/') || path === 'search/index.html')
      continue;
    const page = extractPage(readFileSync(file, 'utf8'));
    if (page) pages.set(`/${path.replace(/(^|\/)index\.html$/, '$1')}`, page.blocks.map((b) => b.text).join('\n'));
  }
  return pages;
}

const sizeOf = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const site = options.site ? resolve(options.site) : join(root, '.bench', 'search-site');
if (!options.site) buildDemoSite(site);
const queries = readFileSync(resolve(options.queries ?? join(root, 'test/fixtures/search/bench-queries.txt')), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => (line.includes('\t') ? line.split('\t') : ['', line]) as [string, string]);

/** `--baseline`: the same pages indexed by plain Pagefind (its own Thai segmentation), for comparison. */
async function buildPlainIndex(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'plain-pagefind-'));
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: site, glob: '**/*.html' });
  await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  return dir;
}

const pages = readPages(site);
const search = await openNodeSearch(site);
const plainDir = options.baseline ? await buildPlainIndex() : undefined;
const plain = plainDir ? await openNodeSearch(plainDir) : undefined;
const plainScores: { query: string; recall: number; precision: number }[] = [];
let markRuns = 0;
let exactMarks = 0;
const rows: {
  category: string;
  query: string;
  expected: number;
  found: number;
  recall: number;
  precision: number;
  bytes: number;
}[] = [];
for (const [category, query] of queries) {
  const expected = new Set([...pages].filter(([, text]) => textShows(text, query)).map(([url]) => url));
  const found = (await search.search(query)).map((r) => r.url);
  if (plain && expected.size)
    plainScores.push({
      query,
      ...scoreQuery(
        expected,
        (await plain.search(query, { raw: true })).map((r) => r.url),
      ),
    });
  // Bytes as a reader's fresh tab pays them: index chunks plus the first excerpts.
  const fresh = await openNodeSearch(site);
  const shown = await fresh.search(query, { limit: RESULTS_SHOWN });
  // Each run of adjacent <mark>s in an excerpt must be exactly the query as the page writes it.
  for (const { excerpt } of shown) {
    for (const [, marked] of excerpt.replace(/<\/mark><mark>/g, '').matchAll(/<mark>(.*?)<\/mark>/g)) {
      markRuns += 1;
      if (normaliseForMatch(marked!) === normaliseForMatch(query)) exactMarks += 1;
      else if (options.verbose) console.log(`  mark    ${query}: ${marked}`);
    }
  }
  const bytes = fresh
    .fetches()
    .filter((f) => PER_QUERY.test(f.path))
    .reduce((sum, f) => sum + f.bytes, 0);
  await fresh.close();
  rows.push({ category, query, expected: expected.size, found: found.length, ...scoreQuery(expected, found), bytes });
  if (options.verbose) {
    for (const url of expected) if (!found.includes(url)) console.log(`  missed  ${query}: ${url}`);
    for (const url of found) if (!expected.has(url)) console.log(`  extra   ${query}: ${url}`);
  }
}
await search.close();
await plain?.close();
if (plainDir) rmSync(plainDir, { recursive: true, force: true });

console.log(`\nSite: ${relative(root, site) || site}, ${pages.size} indexed pages, ${rows.length} queries\n`);
console.log(
  ['category'.padEnd(14), 'query'.padEnd(28), 'pages', 'found', 'recall', 'precision', 'bytes/query'].join('\t'),
);
for (const r of rows) {
  console.log(
    [
      r.category.padEnd(14),
      r.query.padEnd(28),
      r.expected,
      r.found,
      r.recall.toFixed(3),
      r.precision.toFixed(3),
      r.bytes,
    ].join('\t'),
  );
}
// A query no page shows cannot measure recall; it is listed but left out of the figures.
const scored = rows.filter((r) => r.expected > 0);
const unscored = rows.filter((r) => r.expected === 0).map((r) => `${r.query} (found ${r.found})`);
const mean = (f: (r: (typeof rows)[number]) => number) => scored.reduce((s, r) => s + f(r), 0) / scored.length;
const worst = [...scored].sort((a, b) => a.recall - b.recall || a.precision - b.precision)[0]!;
const bundle = join(site, 'pagefind');
const indexBytes = ['index', 'fragment', 'filter'].reduce((s, d) => s + safeSize(join(bundle, d)), 0);
const once = readdirSync(bundle).filter((f) => /\.(js|css|json|pf_meta|pagefind)$/.test(f));
function safeSize(dir: string): number {
  try {
    return sizeOf(dir);
  } catch {
    return 0;
  }
}
console.log(`
scored queries  ${scored.length} of ${rows.length}${unscored.length ? `; shown on no page, not scored: ${unscored.join(', ')}` : ''}
mean recall     ${mean((r) => r.recall).toFixed(3)}   (lowest ${Math.min(...scored.map((r) => r.recall)).toFixed(3)})
mean precision  ${mean((r) => r.precision).toFixed(3)}   (lowest ${Math.min(...scored.map((r) => r.precision)).toFixed(3)})
worst query     ${worst.recall === 1 && worst.precision === 1 ? 'none: every query scored 1.000 / 1.000' : `${worst.query} (recall ${worst.recall.toFixed(3)}, precision ${worst.precision.toFixed(3)})`}
bytes/query     mean ${kb(mean((r) => r.bytes))}, max ${kb(Math.max(...scored.map((r) => r.bytes)))} (index chunks + first ${RESULTS_SHOWN} excerpts, gzip files as served)
excerpt marks   ${exactMarks} of ${markRuns} marked runs in the first ${RESULTS_SHOWN} excerpts per query are exactly the query
index size      ${kb(indexBytes)} (index + fragments + filters), whole pagefind/ ${kb(sizeOf(bundle))}
loaded once     ${once.map((f) => `${f} ${kb(statSync(join(bundle, f)).size)}`).join(', ')}`);
if (plainScores.length) {
  const avg = (f: (r: (typeof plainScores)[number]) => number) =>
    plainScores.reduce((sum, r) => sum + f(r), 0) / plainScores.length;
  console.log(
    `plain Pagefind  mean recall ${avg((r) => r.recall).toFixed(3)}, mean precision ${avg((r) => r.precision).toFixed(3)}, below 0.9: ${plainScores
      .filter((r) => r.recall < 0.9)
      .map((r) => `${r.query} ${r.recall.toFixed(2)}`)
      .join(', ')} (same pages and queries, its own Thai segmentation)`,
  );
}
