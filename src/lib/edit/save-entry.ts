import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { formatPath, formatZodIssue } from '@/lib/validate/format-zod-issue';
import { createProblem, type Problem } from '@/lib/validate/problem';
import { problem } from '@/lib/diagnostics/problem';
import { validateContent } from '@/lib/validate/validate-content';
import { findContentKind } from './content-kinds';
import { applyChanges, type FieldChange } from './frontmatter-edit';
import { resolveContentPath } from './safe-path';

/** What a save did: whether the file was written, and every problem the build would report for it. */
export interface SaveResult {
  written: boolean;
  /** Problems for this file only, each naming its field, Thai and English. */
  problems: Problem[];
  /** Where the previous version was kept (relative to the project), when there was one. */
  history?: string;
}

/**
 * Applies field changes to one content file. The new text must pass the
 * build's own schema before anything is written; then the build's whole
 * content check (cross-checks, evidence files) runs and its problems for
 * this file are returned. The previous version goes to content/.history/.
 */
export function saveEntry(
  root: string,
  relativePath: string,
  changes: readonly FieldChange[],
  options: { create?: boolean; body?: string } = {},
): SaveResult {
  const absolute = resolveContentPath(root, relativePath);
  const kind = findContentKind(relativePath);
  const file = `content/${relativePath}`;
  if (!kind) {
    return {
      written: false,
      problems: [
        problem('error', file, undefined, {
          th: 'ไฟล์นี้ไม่ใช่ข้อมูลที่แก้ไขได้ในแอปนี้',
          en: 'this file is not content the editor can change',
        }),
      ],
    };
  }
  const exists = existsSync(absolute);
  if (!exists && !options.create) {
    return {
      written: false,
      problems: [problem('error', file, undefined, { th: 'ไม่พบไฟล์', en: 'the file does not exist' })],
    };
  }
  if (exists && options.create) {
    return {
      written: false,
      problems: [problem('error', file, undefined, { th: 'มีไฟล์ชื่อนี้อยู่แล้ว', en: 'a file with this name already exists' })],
    };
  }
  const before = exists ? readFileSync(absolute, 'utf8') : kind.isYaml ? '' : `---\n---\n${options.body ?? ''}`;
  let next: { text: string; data: unknown };
  try {
    next = applyChanges(before, kind.isYaml, changes, exists ? options.body : undefined);
  } catch (error) {
    return {
      written: false,
      problems: [createProblem('error', file, undefined, error instanceof Error ? error.message : String(error))],
    };
  }
  const parsed = kind.schema.safeParse(next.data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      createProblem('error', file, formatPath(issue.path) || undefined, formatZodIssue(issue, next.data)),
    );
    return { written: false, problems };
  }
  // Nothing changed: the file is not touched at all (no re-print, no backup).
  if (exists && next.text === before)
    return { written: true, problems: validateContent(root).problems.filter((p) => p.file === file) };
  let history: string | undefined;
  if (exists) history = keepPreviousVersion(root, absolute);
  mkdirSync(dirname(absolute), { recursive: true });
  const temporary = `${absolute}.saving`;
  writeFileSync(temporary, next.text);
  renameSync(temporary, absolute);
  const problems = validateContent(root).problems.filter((p) => p.file === file);
  return { written: true, problems, ...(history ? { history } : {}) };
}

/** Copies the file as it was into content/.history/, named so no collection pattern picks it up. */
function keepPreviousVersion(root: string, absolute: string): string {
  const contentDir = join(root, 'content');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(contentDir, '.history', `${relative(contentDir, absolute)}.${stamp}.bak`);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(absolute, target);
  return relative(root, target).split('\\').join('/');
}
