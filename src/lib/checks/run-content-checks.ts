import { checkPrivacy } from '../privacy/privacy-check';
import type { ValidatedContent } from '../validate/validate-content';
import type { CheckConfig } from './config';
import { checkEvidenceFiles } from './evidence-files';
import { checkExternalLinkContent } from './external-links-check';
import { checkFiscalYears } from './fiscal-year';
import type { CheckOutcome } from './outcome';

/** Options shared by `npm run check` and the build. */
export interface ContentCheckOptions {
  config: CheckConfig;
  offline: boolean;
  strict: boolean;
  /** ISO day the calendar checks treat as today (Bangkok). */
  today: string;
}

/** Today in Bangkok as an ISO day; `ITA_TODAY` pins it for tests and for re-checking an old build. */
export function todayInBangkok(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ITA_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(env.ITA_TODAY)) return env.ITA_TODAY;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
}

/** Every check of the content itself, before anything is rendered, each with its own figures. */
export async function runContentChecks(root: string, content: ValidatedContent, options: ContentCheckOptions): Promise<CheckOutcome[]> {
  return [
    await timed(() => checkEvidenceFiles(root, content, options.config)),
    await timed(() => checkPrivacy(root, content)),
    await timed(async () => checkFiscalYears(content, options.today)),
    await timed(() => checkExternalLinkContent(content, options.config, options)),
  ];
}

/** Adds the check's own duration to its figures. */
export async function timed(run: () => Promise<CheckOutcome>): Promise<CheckOutcome> {
  const started = performance.now();
  const outcome = await run();
  return { ...outcome, stats: { ...outcome.stats, ms: Math.round(performance.now() - started) } };
}
