/**
 * `npm run bench -- --preset typical|large|tiny|years=…,measures=…,photos=…,pdfs=…`
 *
 * Builds a deterministic synthetic organisation in a temporary project copy
 * (never in content/) and measures cold, warm and incremental builds, photo
 * throughput against raw sharp, output and search-index size, social-card
 * render times and the weight of each kind of page. Prints tables and saves
 * JSON to .bench/results-<preset>.json (or --json FILE). `--source DIR`
 * benchmarks another checkout of the project instead of this one.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolveSiteLocation } from '@/lib/site/site-config';
import { formatProblems } from '@/lib/validate/problem';
import { listFiles } from '@/lib/validate/read-content';
import { validateContent } from '@/lib/validate/validate-content';
import { measureBuild, type BuildFigures } from './bench/builds';
import { measureFile, writeContent } from './bench/content';
import { benchTempRoot, ensureCorpus } from './bench/corpus';
import { weighPageKinds, type KindWeight } from './bench/page-weight';
import { measurePagesSent, type PageSent } from './bench/pages-sent';
import { ensureBasePhoto, writeDerivedPhoto } from './bench/photos';
import { planOrganisation } from './bench/plan';
import { CORPUS_SIZE_OPTIONS, resolveCorpusSize } from './bench/presets';
import { parseOptions } from './support/parse-options';
import { clearBuildCaches, createProjectCopy } from './bench/project';
import { formatPageWeights, formatPagesSent, formatResults, formatSearch, type BenchResults } from './bench/report';
import { measureSearch, SEARCH_QUERIES } from './bench/search-bytes';
import { measureSharpBaseline, observedTransforms } from './bench/sharp-baseline';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: options } = parseOptions({
  usage:
    'ใช้ / usage: npm run bench -- [--preset typical|large|tiny|years=…,measures=…,photos=…,pdfs=…] [--years N] [--measures N] [--photos N] [--pdfs N] [--search-only] [--source DIR] [--json FILE]',
  options: {
    ...CORPUS_SIZE_OPTIONS,
    'search-only': { type: 'boolean' },
    source: { type: 'string' },
    json: { type: 'string' },
  },
});
const log = (line: string): void => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

const startLoad = loadavg()[0]!;
const resolved = resolveCorpusSize(options);
// --search-only: the preset's years and measures without photos or PDFs, one build, then only the search figures.
const searchOnly = options['search-only'] === true;
const name = searchOnly ? `${resolved.name}-search-only` : resolved.name;
const size = searchOnly ? { ...resolved.size, photos: 0, pdfs: 0 } : resolved.size;
const plan = planOrganisation(size);
log(`preset ${name}: ${JSON.stringify(size)}`);
const corpus = await ensureCorpus(size, plan.measures, log);
log(corpus.reused ? 'corpus reused from cache' : `corpus generated in ${corpus.generationSeconds.toFixed(1)} s`);

const project = join(benchTempRoot(), `project-${name}`);
const outDir = join(project, 'dist');
const logDir = join(root, '.bench', `logs-${name}`);
mkdirSync(logDir, { recursive: true });
// --source DIR benchmarks another checkout (e.g. a branch's worktree) with this benchmark.
const source = resolve(options.source ?? root);
createProjectCopy(source, project, corpus.evidenceDir);
writeContent(join(project, 'content'), plan.years, plan.measures);
const validation = validateContent(project);
if (validation.problems.some((p) => p.severity === 'error')) {
  console.error(formatProblems(validation.problems));
  throw new Error('The synthetic content does not pass validation: the generator is out of step with src/schemas/.');
}
log(`project copy ready in ${project}`);

const builds: BuildFigures[] = [];
const build = async (label: string): Promise<BuildFigures> => {
  log(`${label} build… (load average ${loadavg()[0]!.toFixed(1)})`);
  const figures = await measureBuild(project, outDir, label, logDir);
  log(`${label}: ${figures.seconds.toFixed(1)} s, peak ${figures.peakRssMiB.toFixed(0)} MiB`);
  builds.push(figures);
  // A long run (the large preset) leaves its figures so far, in case it is stopped before the end.
  writeFileSync(
    join(logDir, 'builds-so-far.json'),
    `${JSON.stringify(
      builds.map(({ log: _log, ...f }) => f),
      null,
      2,
    )}\n`,
  );
  return figures;
};

clearBuildCaches(project, outDir);
const cold = await build('cold');
if (searchOnly) {
  const { base: searchBase } = resolveSiteLocation(join(project, 'content', 'organisation.yaml'));
  const figures = await measureSearch(outDir, searchBase, SEARCH_QUERIES);
  // Page weight too: photos aside it is the same figure as the full run's, so both figures come per preset.
  const pageWeights = pageWeightRows(weighPageKinds(outDir, searchBase));
  const pagesSent = await sendPages(outDir, searchBase, pageWeights);
  const jsonFile = resolve(options.json ?? join(root, '.bench', `results-${name}.json`));
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ preset: name, size, commit: gitCommit(source), search: figures ?? null, pageWeights, pagesSent }, null, 2)}\n`,
  );
  console.log(`\n${figures ? formatSearch(figures) : 'no search index in this build'}\n`);
  console.log(`${formatPageWeights(name, pageWeights)}\n`);
  if (pagesSent) console.log(`${formatPagesSent(pagesSent)}\n`);
  log(`JSON saved to ${relative(process.cwd(), jsonFile)}; project copy kept in ${project}`);
  process.exit(0);
}
// Measured now, while dist holds the cold build's outputs and before anything changes.
const { base } = resolveSiteLocation(join(project, 'content', 'organisation.yaml'));
const observed = await observedTransforms(outDir, cold.log.imagesGenerated);
await build('warm (nothing changed)');

const edited = plan.measures[0]!;
const extra = 'ข้อความที่แก้ไขเพื่อทดสอบการสร้างเว็บซ้ำ';
writeFileSync(
  join(project, 'content', 'measures', String(edited.year), `${edited.slug}.mdx`),
  measureFile(edited, extra),
);
await build('one measure text edited');

const grown = plan.measures[plan.measures.length - 1]!;
const newPhoto = `${grown.year}/${grown.slug}-photo-added.jpg`;
writeDerivedPhoto(
  await ensureBasePhoto(join(benchTempRoot(), 'photo-pool-v1'), 0),
  join(project, 'content', 'evidence', newPhoto),
  newPhoto,
  new Date(Date.UTC(grown.year - 543, 5, 1)),
);
grown.photos.push(newPhoto);
writeFileSync(
  join(project, 'content', 'measures', String(grown.year), `${grown.slug}.mdx`),
  measureFile(grown, grown === edited ? extra : ''),
);
const added = await build('one photo added');

log('raw sharp baseline…');
const samplePhotos = plan.measures
  .flatMap((m) => m.photos)
  .slice(0, Math.min(16, size.photos))
  .map((file) => join(corpus.evidenceDir, file));
const encoders = await readEncoderSettings(project);
const rawSharp =
  observed.perPhoto.length && samplePhotos.length
    ? await measureSharpBaseline(samplePhotos, observed.perPhoto, encoders)
    : null;

log('output, search and page weight…');
const distFiles = listFiles(outDir, /./);
const images = distFiles.filter((f) => /\.(?:webp|avif|jpe?g|png|gif)$/i.test(f));
const search = await measureSearch(outDir, base, SEARCH_QUERIES).catch((error: unknown) => {
  log(`search measurement failed: ${String(error)}`);
  return undefined;
});
const pageWeights = pageWeightRows(weighPageKinds(outDir, base));
const imageStage = cold.imageStageSeconds;
const imagePerSecond = imageStage && observed.sources ? observed.sources / imageStage : null;
const wholePerSecond = observed.sources / cold.seconds;
const warm = builds[1]!;

const results: BenchResults = {
  preset: name,
  size,
  machine: {
    cpus: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    astro: packageVersion('astro'),
    sharp: packageVersion('sharp'),
    commit: gitCommit(source),
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    // Other work on the same cores slows every figure; the 1-minute load average at the start and end says how much.
    loadAverage: `${startLoad.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
  },
  corpus,
  builds: builds.map(({ log: _log, ...figures }) => figures),
  photos: {
    processedInColdBuild: observed.sources,
    outputsPerPhoto: observed.perPhoto.length,
    outputs: observed.perPhoto,
    imageStagePhotosPerSecond: imagePerSecond,
    wholeBuildPhotosPerSecond: wholePerSecond,
    rawSharp,
    ratioImageStage: imagePerSecond && rawSharp ? imagePerSecond / rawSharp.photosPerSecond : null,
    ratioWholeBuild: rawSharp && observed.sources ? wholePerSecond / rawSharp.photosPerSecond : null,
    fullSizeFiles: images.filter((f) => statSync(f).size >= 2 ** 20).length,
  },
  dist: {
    bytes: distFiles.reduce((sum, f) => sum + statSync(f).size, 0),
    files: distFiles.length,
    imageBytes: images.reduce((sum, f) => sum + statSync(f).size, 0),
  },
  search: search ?? null,
  socialCards: {
    cards: cold.ogCards,
    coldMeanMs: cold.ogMeanMs,
    cachedMeanMs: warm.ogCards ? warm.ogMeanMs : added.ogMeanMs,
  },
  pageWeights,
  pagesSent: await sendPages(outDir, base, pageWeights),
};

const jsonFile = resolve(options.json ?? join(root, '.bench', `results-${name}.json`));
mkdirSync(dirname(jsonFile), { recursive: true });
writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${formatResults(results)}\n`);
log(
  `JSON saved to ${relative(process.cwd(), jsonFile)}; build logs in ${relative(process.cwd(), logDir)}; project copy kept in ${project}`,
);

function pageWeightRows(kinds: KindWeight[]): BenchResults['pageWeights'] {
  return kinds.map(({ pages, heaviest: { missing, ...rest } }) => ({ ...rest, pages, missing: missing.length }));
}

/** The heaviest page of each kind opened in Chromium; a failure is reported, not fatal (the static figures stand). */
async function sendPages(dir: string, siteBase: string, rows: BenchResults['pageWeights']): Promise<PageSent[] | null> {
  return measurePagesSent(dir, siteBase, rows).catch((error: unknown) => {
    log(`page measurement in Chromium failed: ${String(error)}`);
    return null;
  });
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
}

function gitCommit(dir: string): string {
  try {
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: dir, encoding: 'utf8' }).trim()
      ? '+changes'
      : '';
    return execSync('git rev-parse --short HEAD', { cwd: dir, encoding: 'utf8' }).trim() + dirty;
  } catch {
    return 'unknown';
  }
}

/** The encoder options the site's astro.config.mjs gives Astro's sharp service, so the baseline encodes the same way. */
async function readEncoderSettings(dir: string): Promise<Record<string, Record<string, unknown>>> {
  try {
    const config = (await import(pathToFileURL(join(dir, 'astro.config.mjs')).href)) as {
      default?: { image?: { service?: { config?: Record<string, Record<string, unknown>> } } };
    };
    return config.default?.image?.service?.config ?? {};
  } catch (error) {
    log(`could not read the image settings of astro.config.mjs (${String(error)}); the baseline uses sharp's defaults`);
    return {};
  }
}
