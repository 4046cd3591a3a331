import { getCollection } from 'astro:content';
import type { Framework, FrameworkIssue } from '@/schemas/framework';

/** All frameworks, newest fiscal year first. */
export async function getFrameworks(): Promise<Framework[]> {
  const entries = await getCollection('frameworks');
  return entries.map((e) => e.data).sort((a, b) => b.fiscalYear - a.fiscalYear);
}

/** The framework of one fiscal year; validation guarantees it exists for every year with measures. */
export async function getFramework(fiscalYear: number): Promise<Framework> {
  const framework = (await getFrameworks()).find((f) => f.fiscalYear === fiscalYear);
  if (!framework) throw new Error(`No framework for fiscal year ${fiscalYear}`);
  return framework;
}

/** The issue with this code in a framework. */
export function findIssue(framework: Framework, code: string): FrameworkIssue | undefined {
  return framework.issues.find((i) => i.code === code);
}
