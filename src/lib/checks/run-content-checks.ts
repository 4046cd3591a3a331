import { siteLocationOf } from '@/lib/site/site-config';
import type { ValidatedContent } from '@/lib/validate/validate-content';
import type { CheckConfig } from './config';
import { snapshotDist } from './dist-files';
import type { CheckOutcome } from './outcome';
import { listChecks, type CheckContext, type CheckStage } from './registry';

/** Options shared by `npm run check` and the build. */
export interface ContentCheckOptions {
  config: CheckConfig;
  offline: boolean;
  strict: boolean;
  /** ISO day the calendar checks treat as today (Bangkok). */
  today: string;
}

// One clock for the whole project: the calendar checks and the pages agree on what today is.
export { todayInBangkok } from '@/lib/thai/fiscal-year';

/**
 * Runs every check of one stage from the registry, in order, each with its own figures.
 * The dist checks share one snapshot of `distDir`, taken once.
 */
export async function runChecks(stage: CheckStage, context: CheckContext, distDir?: string): Promise<CheckOutcome[]> {
  const dist = stage === 'dist' && distDir ? snapshotDist(distDir) : undefined;
  const outcomes: CheckOutcome[] = [];
  for (const check of listChecks(stage)) outcomes.push(await timed(async () => check.run(context, dist)));
  return outcomes;
}

/** Every check of the content itself, before anything is rendered, each with its own figures. */
export async function runContentChecks(
  root: string,
  content: ValidatedContent,
  options: ContentCheckOptions,
): Promise<CheckOutcome[]> {
  const location = content.organisation ? siteLocationOf(content.organisation.data) : { site: '', base: '/' };
  return runChecks('content', { root, content, ...options, ...location });
}

/** Adds the check's own duration to its figures. */
export async function timed(run: () => Promise<CheckOutcome>): Promise<CheckOutcome> {
  const started = performance.now();
  const outcome = await run();
  return { ...outcome, stats: { ...outcome.stats, ms: Math.round(performance.now() - started) } };
}
