import { expect } from 'vitest';
import type { Problem } from '@/lib/diagnostics/problem';

/** Where a problem must point (compared as by toMatchObject), and phrases its Thai and English texts must hold. */
export interface ExpectedProblem {
  severity?: Problem['severity'];
  file?: string;
  field?: unknown;
  th?: string[];
  en?: string[];
}

/** Asserts that a problem was reported, points where expected, and says every listed phrase in its language. */
export function expectProblem(problem: Problem | undefined, { th = [], en = [], ...where }: ExpectedProblem): void {
  expect(problem, 'no problem was reported').toBeDefined();
  expect(problem).toMatchObject(where);
  for (const phrase of th) expect(problem!.th).toContain(phrase);
  for (const phrase of en) expect(problem!.en).toContain(phrase);
}
