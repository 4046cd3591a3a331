import { loadCheckConfig } from '@/lib/checks/config';
import { snapshotDist } from '@/lib/checks/dist-files';
import type { CheckOutcome } from '@/lib/checks/outcome';
import { CHECKS, type Check, type CheckContext } from '@/lib/checks/registry';
import { todayInBangkok } from '@/lib/checks/run-content-checks';
import type { BuildContext, BuildStep } from '@/build/steps';

/** Prints a check's figures and notes while the build runs and hands its problems to the build. */
export function asBuildStep(
  name: string,
  run: (context: BuildContext) => Promise<CheckOutcome> | CheckOutcome,
): BuildStep {
  return {
    name,
    async run(context) {
      const started = performance.now();
      const outcome = await run(context);
      const figures = Object.entries(outcome.stats)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      console.log(`  ${figures}${figures ? ', ' : ''}${Math.round(performance.now() - started)} ms`);
      for (const note of outcome.notes) console.log(`  ℹ ${note}`);
      return outcome.problems;
    },
  };
}

/** What a registered check needs, from what the build knows. */
export function checkContextOf(c: BuildContext): CheckContext {
  return {
    root: c.root,
    content: c.content,
    config: loadCheckConfig(c.root),
    offline: c.offline,
    strict: c.strict,
    today: todayInBangkok(),
    site: c.site,
    base: c.base,
  };
}

/**
 * A registered check as a build step. Dist checks share one snapshot of the staging
 * folder, taken by the first of them (after every step that writes files).
 */
export function checkStep(check: Check | string): BuildStep {
  const found = typeof check === 'string' ? CHECKS.find((c) => c.name === check) : check;
  if (!found) throw new Error(`no check named ${String(check)} in src/lib/checks/registry.ts`);
  return asBuildStep(found.title, (c) =>
    found.run(checkContextOf(c), found.stage === 'dist' ? (c.dist ??= snapshotDist(c.outDir)) : undefined),
  );
}
