import type { z } from 'zod';
import { formatPath, formatZodIssue } from './format-zod-issue';
import { createProblem, type Problem } from './problem';
import { suggestEvidencePath } from './evidence-path-hint';
import { listFiles, readRawEntry, type RawEntry } from './read-content';
import { join } from 'node:path';

/** A content file that passed its schema, with the raw form kept for cross-checks and messages. */
export interface ParsedEntry<T> {
  raw: RawEntry;
  data: T;
}

/**
 * Reads every file of one collection and applies its schema, collecting one
 * problem per bad field instead of stopping at the first.
 */
export function parseCollection<S extends z.ZodType>(
  root: string,
  folder: string,
  pattern: RegExp,
  schema: S,
  problems: Problem[],
): ParsedEntry<z.output<S>>[] {
  const dir = join(root, folder);
  const parsed: ParsedEntry<z.output<S>>[] = [];
  for (const path of listFiles(dir, pattern)) {
    const raw = readRawEntry(root, path, dir);
    if (raw.parseError) {
      problems.push(createProblem('error', raw.file, undefined, raw.parseError));
      continue;
    }
    const result = schema.safeParse(raw.data);
    if (result.success) {
      parsed.push({ raw, data: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const problem = createProblem(
        'error',
        raw.file,
        formatPath(issue.path) || undefined,
        formatZodIssue(issue, raw.data),
      );
      problems.push(withPathSuggestion(problem, issue.path, raw.data));
    }
  }
  return parsed;
}

/** An evidence `file` typed the Windows way (`2569\\ภาพ.JPG`) gets the name it should have been. */
function withPathSuggestion(problem: Problem, path: readonly PropertyKey[], data: unknown): Problem {
  if (path.at(-1) !== 'file') return problem;
  let value: unknown = data;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  const suggestion = typeof value === 'string' ? suggestEvidencePath(value) : undefined;
  if (!suggestion) return problem;
  return {
    ...problem,
    th: `${problem.th} — หมายถึง ${suggestion} หรือไม่`,
    en: `${problem.en}; did you mean ${suggestion}?`,
  };
}
