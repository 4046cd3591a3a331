import { join } from 'node:path';
import { parseBuildLog, routeKind, type BuildLogFacts } from './build-log';
import { runMeasured } from './run-measured';

/** One measured build of the project copy. */
export interface BuildFigures {
  label: string;
  seconds: number;
  peakRssMiB: number;
  /** HTML pages rendered, and the time Astro spent rendering them (sum of per-page times). */
  htmlPages: number;
  htmlRenderSeconds: number;
  pagesPerSecond: number | null;
  /** Astro's whole "generating static routes" stage, social cards included. */
  routesStageSeconds: number | null;
  /** Social-card routes and their mean render time. */
  ogCards: number;
  ogMeanMs: number | null;
  /** Photos processed (cache misses) and images copied from the cache. */
  imagesGenerated: number;
  imagesReused: number;
  imageStageSeconds: number | null;
  log: BuildLogFacts;
}

/** Runs `npm run build` in the project copy (directly, without npm, so only the build is timed). */
export async function measureBuild(
  project: string,
  outDir: string,
  label: string,
  logDir: string,
): Promise<BuildFigures> {
  const run = await runMeasured(
    process.execPath,
    ['--import', 'tsx', 'scripts/build.ts', '--out', outDir, '--offline'],
    {
      cwd: project,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      logFile: join(logDir, `${label}.log`),
    },
  );
  if (run.exitCode !== 0) {
    throw new Error(
      `The ${label} build failed (exit ${run.exitCode}); see ${join(logDir, `${label}.log`)}\n${run.output.split('\n').slice(-30).join('\n')}`,
    );
  }
  const log = parseBuildLog(run.output);
  const html = log.routes.filter((r) => routeKind(r.path) === 'html');
  const og = log.routes.filter((r) => routeKind(r.path) === 'og');
  const htmlMs = html.reduce((sum, r) => sum + r.ms, 0);
  return {
    label,
    seconds: run.seconds,
    peakRssMiB: run.peakRssBytes / 2 ** 20,
    htmlPages: html.length,
    htmlRenderSeconds: htmlMs / 1000,
    pagesPerSecond: htmlMs > 0 ? html.length / (htmlMs / 1000) : null,
    routesStageSeconds: log.pagesStageMs === undefined ? null : log.pagesStageMs / 1000,
    ogCards: og.length,
    ogMeanMs: og.length ? og.reduce((sum, r) => sum + r.ms, 0) / og.length : null,
    imagesGenerated: log.imagesGenerated.length,
    imagesReused: log.imagesReused,
    imageStageSeconds: log.imageStageMs === undefined ? null : log.imageStageMs / 1000,
    log,
  };
}
