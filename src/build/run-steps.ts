import type { BuildContext, BuildStep } from '@/build/steps';
import { formatProblems, type Problem } from '@/lib/validate/problem';

/**
 * Prints a stage's problems (warnings too, which never stop anything) and, when any is an
 * error, the line that says the stage failed. Returns the number of errors, so the caller
 * decides how to stop: the build script exits, the Astro integration fails Astro's build.
 */
export function reportProblems(problems: readonly Problem[], stage: string): number {
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (!problems.length) return 0;
  (errors ? console.error : console.warn)(`\n${formatProblems(problems)}\n`);
  if (errors) console.error(`✗ ${stage}: พบข้อผิดพลาด ${errors} รายการ / ${errors} error(s)`);
  return errors;
}

/** Runs steps in order, each named as it starts; every step runs, so all problems are reported in one pass. */
export async function runBuildSteps(steps: readonly BuildStep[], context: BuildContext): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const step of steps) {
    console.log(`• ${step.name}`);
    problems.push(...(await step.run(context)));
  }
  return problems;
}
