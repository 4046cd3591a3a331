import { checkPrivacy } from '../privacy/privacy-check';
import type { ValidatedContent } from '../validate/validate-content';
import type { CheckConfig } from './config';
import { checkEvidenceFiles } from './evidence-files';
import { checkExternalLinkContent } from './external-links-check';
import { checkFiscalYears } from './fiscal-year';
import { checkOitItems } from './oit-items';
import type { CheckOutcome } from './outcome';

/** Options shared by `npm run check` and the build. */
export interface ContentCheckOptions {
  config: CheckConfig;
  offline: boolean;
  strict: boolean;
  /** ISO day the calendar checks treat as today (Bangkok). */
  today: string;
}

// One clock for the whole project: the calendar checks and the pages agree on what today is.
export { todayInBangkok } from '../thai/fiscal-year';

/** Every check of the content itself, before anything is rendered, each with its own figures. */
export async function runContentChecks(root: string, content: ValidatedContent, options: ContentCheckOptions): Promise<CheckOutcome[]> {
  return [
    await timed(() => checkEvidenceFiles(root, content, options.config)),
    await timed(() => checkPrivacy(root, content)),
    await timed(async () => checkFiscalYears(content, options.today)),
    await timed(() => checkExternalLinkContent(content, options.config, options)),
    await timed(async () => checkOitItems(content, options)),
  ];
}

/** Adds the check's own duration to its figures. */
export async function timed(run: () => Promise<CheckOutcome>): Promise<CheckOutcome> {
  const started = performance.now();
  const outcome = await run();
  return { ...outcome, stats: { ...outcome.stats, ms: Math.round(performance.now() - started) } };
}
