import type { CheckOutcome } from '../../lib/checks/outcome';
import type { BuildContext, BuildStep } from '../steps';

/** Prints a check's figures and notes while the build runs and hands its problems to the build. */
export function asBuildStep(name: string, run: (context: BuildContext) => Promise<CheckOutcome> | CheckOutcome): BuildStep {
  return {
    name,
    async run(context) {
      const started = performance.now();
      const outcome = await run(context);
      const figures = Object.entries(outcome.stats).map(([k, v]) => `${k} ${v}`).join(', ');
      console.log(`  ${figures}${figures ? ', ' : ''}${Math.round(performance.now() - started)} ms`);
      for (const note of outcome.notes) console.log(`  ℹ ${note}`);
      return outcome.problems;
    },
  };
}
