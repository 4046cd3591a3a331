import type { BuildFigures } from './builds';
import type { CorpusInfo } from './corpus';
import { PAGE_BUDGET_BYTES, type KindWeight } from './page-weight';
import type { CorpusSize } from './presets';
import type { PageSent } from './pages-sent';
import { SEARCH_PARTS, type SearchFigures } from './search-bytes';
import type { SharpBaseline } from './sharp-baseline';

/** Everything one benchmark run measured; saved as JSON and printed as tables. */
export interface BenchResults {
  preset: string;
  size: CorpusSize;
  machine: Record<string, string | number>;
  corpus: CorpusInfo;
  builds: Omit<BuildFigures, 'log'>[];
  photos: {
    processedInColdBuild: number;
    outputsPerPhoto: number;
    outputs: { width: number; height: number; format: string }[];
    imageStagePhotosPerSecond: number | null;
    wholeBuildPhotosPerSecond: number;
    rawSharp: SharpBaseline | null;
    /** Image stage against raw sharp (1 = the library's limit). */
    ratioImageStage: number | null;
    /** Whole cold build (pages, search, cards included) against raw sharp. */
    ratioWholeBuild: number | null;
    /** Image files of 1 MB or more in the output: full-size copies of phone photos. */
    fullSizeFiles: number;
  };
  dist: { bytes: number; files: number; imageBytes: number };
  search: SearchFigures | null;
  socialCards: { cards: number; coldMeanMs: number | null; cachedMeanMs: number | null };
  pageWeights: PageWeightRow[];
  /** The same pages opened in Chromium: what was sent until their fonts were in, and why bold was fetched. */
  pagesSent?: PageSent[] | null;
}

export type PageWeightRow = Omit<KindWeight['heaviest'], 'missing'> & { pages: number; missing: number };

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const fixed = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined ? '—' : value.toFixed(digits);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The figures as Markdown tables (the README's Performance section uses the same layout). */
export function formatResults(r: BenchResults): string {
  const out: string[] = [];
  out.push(
    `### ${r.preset}: ${r.size.years} fiscal years, ${r.size.measures} measures, ${r.size.photos} photos, ${r.size.pdfs} PDFs`,
  );
  out.push(
    `Machine: ${r.machine.cpus} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, Astro ${r.machine.astro}, sharp ${r.machine.sharp}; commit ${r.machine.commit}; ${r.machine.date}; load average ${r.machine.loadAverage}.`,
  );
  out.push(
    `Corpus: ${r.corpus.reused ? `reused from cache (generated earlier in ${fixed(r.corpus.originalGenerationSeconds)} s)` : `generated in ${fixed(r.corpus.generationSeconds)} s`}; photos ${mb(r.corpus.photoBytes.min)}–${mb(r.corpus.photoBytes.max)} each, ${mb(r.corpus.photoBytes.total)} in all, from ${r.corpus.distinctBasePhotos} distinct base photos; PDFs ${mb(r.corpus.pdfBytes)}.`,
  );
  out.push('');
  out.push(
    table(
      [
        'build',
        'wall time',
        'peak memory',
        'HTML pages',
        'pages/s (HTML stage)',
        'images made / reused',
        'image stage',
      ],
      r.builds.map((b) => [
        b.label,
        `${fixed(b.seconds)} s`,
        `${fixed(b.peakRssMiB, 0)} MiB`,
        String(b.htmlPages),
        fixed(b.pagesPerSecond, 0),
        `${b.imagesGenerated} / ${b.imagesReused}`,
        b.imageStageSeconds === null ? '—' : `${fixed(b.imageStageSeconds)} s`,
      ]),
    ),
  );
  out.push('');
  const p = r.photos;
  out.push(
    table(
      ['photos', 'value'],
      [
        ['photos processed in the cold build', String(p.processedInColdBuild)],
        [
          'outputs per photo',
          `${p.outputsPerPhoto} (${p.outputs.map((o) => `${o.width}w ${o.format}`).join(', ') || '—'})`,
        ],
        ['pipeline, image stage', `${fixed(p.imageStagePhotosPerSecond, 2)} photos/s`],
        ['pipeline, whole cold build', `${fixed(p.wholeBuildPhotosPerSecond, 2)} photos/s`],
        [
          'raw sharp, same resizes, same run',
          p.rawSharp
            ? `${fixed(p.rawSharp.photosPerSecond, 2)} photos/s (${p.rawSharp.byConcurrency.map((c) => `×${c.concurrency}: ${fixed(c.photosPerSecond, 2)}`).join(', ')})`
            : '—',
        ],
        ['image stage / raw sharp', p.ratioImageStage === null ? '—' : `${(p.ratioImageStage * 100).toFixed(0)} %`],
        [
          'whole cold build / raw sharp',
          p.ratioWholeBuild === null ? '—' : `${(p.ratioWholeBuild * 100).toFixed(0)} %`,
        ],
        ['full-size (≥ 1 MB) image files in dist', String(p.fullSizeFiles)],
      ],
    ),
  );
  out.push('');
  const s = r.search;
  out.push(
    table(
      ['output', 'value'],
      [
        ['dist', `${mb(r.dist.bytes)} in ${r.dist.files} files (images ${mb(r.dist.imageBytes)})`],
        ['Pagefind index', s ? `${kb(s.indexBytes)} in ${s.indexFiles} files` : 'no index in this build'],
        ...(s?.queries ?? []).map((q, i) => [
          `query ${i + 1} "${q.query}" (${q.results} results)`,
          `${kb(q.bytes)} sent in ${q.requests} requests`,
        ]),
        [
          'social cards',
          r.socialCards.cards
            ? `${r.socialCards.cards} cards; ${fixed(r.socialCards.coldMeanMs)} ms/card cold, ${fixed(r.socialCards.cachedMeanMs)} ms/card cached`
            : 'no /og/ routes in this build',
        ],
      ],
    ),
  );
  if (s) out.push('', formatSearch(s));
  out.push('', formatPageWeights(r.preset, r.pageWeights));
  if (r.pagesSent) out.push('', formatPagesSent(r.pagesSent));
  return out.join('\n');
}

/** Bytes of each search query as sent and decoded, and where they go (Pagefind's code, WebAssembly, index…). */
export function formatSearch(s: SearchFigures): string {
  return table(
    ['search query', 'results', 'requests', 'sent', 'decoded', ...SEARCH_PARTS.map((p) => `${p} (sent)`)],
    s.queries.map((q, i) => [
      `${i === 0 ? 'first' : 'next'}: ${q.query}`,
      String(q.results),
      String(q.requests),
      kb(q.bytes),
      kb(q.decoded),
      ...SEARCH_PARTS.map((p) => (q.parts[p].files ? `${kb(q.parts[p].sent)} (${q.parts[p].files})` : '—')),
    ]),
  );
}

/** The heaviest page of each kind as sent (static count: every file the page references), and the verdict. */
export function formatPageWeights(preset: string, pageWeights: PageWeightRow[]): string {
  const out: string[] = [];
  out.push(
    table(
      ['page kind', 'pages', 'heaviest page', 'HTML', 'CSS', 'JS', 'fonts', 'total', 'sent'],
      pageWeights.map((w) => [
        w.kind,
        String(w.pages),
        `/${w.page.replace(/index\.html$/, '')}`,
        kb(w.html),
        kb(w.css),
        kb(w.js),
        kb(w.font),
        kb(w.total),
        kb(w.gzipTotal),
      ]),
    ),
  );
  const heaviest = pageWeights.reduce<(typeof pageWeights)[number] | undefined>(
    (a, b) => (!a || b.gzipTotal > a.gzipTotal ? b : a),
    undefined,
  );
  if (heaviest) {
    const verdict = heaviest.gzipTotal <= PAGE_BUDGET_BYTES ? 'within' : 'OVER';
    out.push(
      `page weight (${preset}): heaviest page as sent ${kb(heaviest.gzipTotal)} (/${heaviest.page.replace(/index\.html$/, '')}, fonts ${kb(heaviest.font)}; HTML, CSS and JS gzipped) — ${verdict} the ${kb(PAGE_BUDGET_BYTES)} budget`,
    );
  }
  return out.join('\n');
}

/** What Chromium fetched for each kind's heaviest page (nothing cached, 360 px), fonts by file, and where bold is set. */
export function formatPagesSent(pages: PageSent[]): string {
  const face = (file: string): string => /sarabun-(\w+)-(\d+)/.exec(file)?.slice(1).join(' ') ?? file;
  return table(
    ['page kind', 'page', 'sent', 'fonts sent', 'font files', 'bold Thai (first)', 'bold Latin or space (first)'],
    pages.map((p) => [
      p.kind,
      `/${p.page.replace(/index\.html$/, '')}`,
      kb(p.html + p.css + p.js + p.font),
      kb(p.font),
      p.fonts.map((f) => `${face(f.file)} ${kb(f.sent)}`).join(', '),
      p.boldThai ?? '—',
      p.boldLatin ?? '—',
    ]),
  );
}
