import type { z } from 'zod';
import { formatPath, formatZodIssue } from './format-zod-issue';
import { createProblem, type Problem } from './problem';
import { problem } from '@/lib/diagnostics/problem';
import { suggestEvidencePath } from './evidence-path-hint';
import { listCollectionFiles, readRawEntry, type RawEntry } from './read-content';
import type { CollectionSource } from '@/lib/content/collections';
import { join, relative } from 'node:path';

/** A content file that passed its schema, with the raw form kept for cross-checks and messages. */
export interface ParsedEntry<T> {
  raw: RawEntry;
  data: T;
}

/** A collection of the table (src/lib/content/collections.ts), or another file read the same way (content/checks.yaml). */
type Source<S extends z.ZodType> = Pick<CollectionSource, 'folder' | 'pattern'> &
  Partial<Pick<CollectionSource, 'place'>> & { schema: S };

/**
 * Reads every file of one collection, exactly those Astro will read, and applies its schema,
 * collecting one problem per bad field instead of stopping at the first. A file of the same kind
 * that Astro would skip (in the wrong sub-folder) is an error, so nothing is silently left out.
 */
export function parseCollection<S extends z.ZodType>(
  root: string,
  source: Source<S>,
  problems: Problem[],
): ParsedEntry<z.output<S>>[] {
  const { folder, pattern, schema, place } = source;
  const dir = join(root, 'content', folder);
  const parsed: ParsedEntry<z.output<S>>[] = [];
  const { read, skipped } = listCollectionFiles(dir, pattern, folder !== '');
  for (const path of skipped) {
    const file = relative(root, path).split('\\').join('/');
    const [th, en] = place ?? [`content/${folder}/${pattern}`, `content/${folder}/${pattern}`];
    problems.push(
      problem('error', file, undefined, {
        th: `ไฟล์นี้อยู่ผิดที่ ระบบจะข้ามไปโดยไม่อ่าน ให้ย้ายไปไว้ที่ ${th}`,
        en: `this file is not where it is read, so it would be skipped: move it to ${en}`,
      }),
    );
  }
  for (const path of read) {
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
