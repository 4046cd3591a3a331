/**
 * `npm run bench:lighthouse [-- --site DIR] [--query งบประมาณ] [--runs 1] [--kinds search,home]`
 *
 * Lighthouse mobile scores (performance, accessibility, best practices, SEO)
 * for one page of each kind of the demo site (built into .bench/lighthouse-site,
 * or the site built in --site DIR for its own base), the search page with a query
 * in its address. Pages are served as shared hosting sends them: the site's own
 * .htaccess headers and gzip (scripts/support/serve-hosted.ts). Lighthouse's
 * default mobile settings: a mid-range phone, simulated slow 4G, 4× slower CPU.
 * With --runs N each page is measured N times and the median performance kept.
 * Prints a table, what stands between each page and 100, and saves JSON to
 * .bench/lighthouse.json.
 */
import lighthouse from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyPage, weighPages } from './bench/page-weight';
import { launchBrowser } from './support/browser';
import { parseOptions } from './support/parse-options';
import { loadavg } from 'node:os';
import { serveHosted } from './support/serve-hosted';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: options } = parseOptions({
  usage: 'ใช้ / usage: npm run bench:lighthouse -- [--site DIR] [--query คำค้น] [--runs 1] [--kinds search,home]',
  options: { site: { type: 'string' }, query: { type: 'string' }, runs: { type: 'string' }, kinds: { type: 'string' } },
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const query = options.query ?? 'งบประมาณ';
const runs = Math.max(1, Number(options.runs ?? 1));

let site = options.site ? resolve(options.site) : join(root, '.bench', 'lighthouse-site');
if (!options.site) {
  console.log(`Building the demo site into ${relative(root, site)} …`);
  mkdirSync(dirname(site), { recursive: true });
  const build = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts'), '--out', site], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}
site = resolve(site);
// The sub-path the site was built for, as its build recorded it.
const { base } = JSON.parse(readFileSync(join(site, 'build-info.json'), 'utf8')) as { base: string };

// One page of each kind (the heaviest, the one the page-weight budget holds), the search page with a query.
const pages = new Map<string, string>();
for (const page of weighPages(site, base).sort((a, b) => b.html - a.html)) {
  const kind = classifyPage(page.page);
  if (!pages.has(kind)) pages.set(kind, page.page.replace(/index\.html$/, ''));
}
pages.set('search', `search/?q=${encodeURIComponent(query)}`);
// --kinds search,home: only those kinds.
const kinds = options.kinds?.split(',');
if (kinds) for (const kind of pages.keys()) if (!kinds.includes(kind)) pages.delete(kind);

interface Row {
  kind: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Audits that cost points: id, score and the category they count in. */
  losses: string[];
}

const served = await serveHosted(site, base);
const port = 9300 + Math.floor(Math.random() * 500);
const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
const rows: Row[] = [];
/** Where the search page's main-thread time goes (Lighthouse's bootup-time audit), for the report. */
const mainThread: Record<string, unknown> = {};
try {
  for (const [kind, path] of [...pages].sort()) {
    const url = `${served.origin}${base}${path}`;
    const results: Row[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const weighted = new Map<string, string>();
      for (const id of CATEGORIES)
        for (const ref of categories[id]!.auditRefs) if (ref.weight > 0) weighted.set(ref.id, id);
      const number = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      mainThread[kind] = (audits['bootup-time']?.details as { items?: unknown[] } | undefined)?.items?.slice(0, 6);
      results.push({
        kind,
        path,
        scores: Object.fromEntries(
          CATEGORIES.map((id) => [id, Math.round((categories[id]!.score ?? 0) * 100)]),
        ) as Row['scores'],
        metrics: {
          fcp: number('first-contentful-paint'),
          lcp: number('largest-contentful-paint'),
          tbt: number('total-blocking-time'),
          cls: number('cumulative-layout-shift'),
          si: number('speed-index'),
        },
        losses: Object.values(audits)
          .filter(
            (a) =>
              weighted.has(a.id) &&
              a.score !== null &&
              a.score < 1 &&
              a.scoreDisplayMode !== 'notApplicable' &&
              a.scoreDisplayMode !== 'informative',
          )
          .map(
            (a) =>
              `${weighted.get(a.id)}: ${a.id} ${a.displayValue ? `(${a.displayValue})` : `(${(a.score ?? 0).toFixed(2)})`}`,
          ),
      });
    }
    for (const [i, r] of results.entries())
      console.log(
        `  ${kind.padEnd(14)} run ${i + 1}: performance ${r.scores.performance}, TBT ${Math.round(r.metrics.tbt)} ms, CLS ${r.metrics.cls.toFixed(3)} (load average ${loadavg()[0]!.toFixed(1)})`,
      );
    results.sort((a, b) => a.scores.performance - b.scores.performance);
    const row = results[Math.floor(results.length / 2)]!;
    rows.push(row);
    console.log(`  ${kind.padEnd(14)} ${CATEGORIES.map((c) => row.scores[c]).join(' / ')}`);
  }
} finally {
  await browser.close();
  served.close();
}

const ms = (n: number) => `${Math.round(n)} ms`;
console.log(
  `\nLighthouse ${(JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version}, mobile (default settings), ${runs} run(s) per page; served with the site's .htaccess headers and gzip.\n`,
);
console.log('| page kind | page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.kind} | /${decodeURIComponent(r.path)} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${ms(r.metrics.fcp)} | ${ms(r.metrics.lcp)} | ${ms(r.metrics.tbt)} | ${r.metrics.cls.toFixed(3)} |`,
  );
}
console.log('\nWhat stands between each page and 100:');
for (const r of rows) console.log(`- ${r.kind}: ${r.losses.join('; ') || 'nothing'}`);
const jsonFile = join(root, '.bench', 'lighthouse.json');
mkdirSync(dirname(jsonFile), { recursive: true });
writeFileSync(jsonFile, `${JSON.stringify({ query, runs, rows, mainThread }, null, 2)}\n`);
