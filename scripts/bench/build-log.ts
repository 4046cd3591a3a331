/** What Astro's build log says about one build (ANSI colours already removed). */
export interface BuildLogFacts {
  /** Every rendered route file with its render time. */
  routes: { path: string; ms: number }[];
  /** Wall time of Astro's "generating static routes" stage. */
  pagesStageMs: number | undefined;
  /** Wall time of Astro's "generating optimized images" stage (absent when no image was used). */
  imageStageMs: number | undefined;
  /** Image outputs written in this build (cache misses), and those copied from the cache. */
  imagesGenerated: { path: string; ms: number }[];
  imagesReused: number;
}

const ROUTE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;
const IMAGE = /▶ (\S+\.(?:webp|avif|png|jpe?g|gif)) \((before|reused|revalidated)[^)]*\) \(\+([\d.]+)(ms|s)\)/;
// Astro prints `934ms`, `6.46s` or, past a minute, `5m 16s`.
const COMPLETED = /✓ Completed in (?:(\d+)m )?([\d.]+)(ms|s)\./;

const toMs = (value: string, unit: string): number => Number(value) * (unit === 's' ? 1000 : 1);

/** Reads the per-route and per-stage timings Astro prints while it builds. */
export function parseBuildLog(output: string): BuildLogFacts {
  const facts: BuildLogFacts = {
    routes: [],
    pagesStageMs: undefined,
    imageStageMs: undefined,
    imagesGenerated: [],
    imagesReused: 0,
  };
  let stage: 'pages' | 'images' | undefined;
  for (const line of output.split('\n')) {
    if (line.includes('generating static routes')) stage = 'pages';
    else if (line.includes('generating optimized images')) stage = 'images';
    const route = ROUTE.exec(line);
    if (route) facts.routes.push({ path: route[1]!, ms: toMs(route[2]!, route[3]!) });
    const image = IMAGE.exec(line);
    if (image) {
      if (image[2] === 'before') facts.imagesGenerated.push({ path: image[1]!, ms: toMs(image[3]!, image[4]!) });
      else facts.imagesReused++;
    }
    const completed = COMPLETED.exec(line);
    if (completed && stage) {
      const ms = Number(completed[1] ?? 0) * 60_000 + toMs(completed[2]!, completed[3]!);
      if (stage === 'pages') facts.pagesStageMs = ms;
      else facts.imageStageMs = ms;
      stage = undefined;
    }
  }
  return facts;
}

/** Kind of route for the figures: HTML pages, social-card images, or other files (feeds, sitemap). */
export function routeKind(path: string): 'html' | 'og' | 'other' {
  if (/\/og\/.*\.png$/.test(path)) return 'og';
  if (path.endsWith('.html')) return 'html';
  return 'other';
}
