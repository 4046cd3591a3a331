import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToText } from '@/lib/import/html-text';
import { toArabicDigits } from '@/lib/thai/numerals';

/** The project root (this file is in test/import/). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'import');

/**
 * The shared seed reports: `ITA_SEEDS_DIR`, else `../shared/seeds` next to the
 * project (CI's clone), else `../../shared/seeds` (a git worktree one level deeper).
 */
export function findSeedsDir(): string | undefined {
  const candidates = [
    process.env.ITA_SEEDS_DIR,
    resolve(PROJECT_ROOT, '../shared/seeds'),
    resolve(PROJECT_ROOT, '../../shared/seeds'),
  ];
  return candidates.find(
    (dir): dir is string => !!dir && existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.txt')),
  );
}

/**
 * Words of a text for the "no text lost" check: HTML tags stripped, digits
 * made Arabic, split at spaces and punctuation (list markers, quotes, YAML
 * and MDX escapes), so the same words compare equal wherever they were written.
 */
export function wordsOf(text: string): string[] {
  return toArabicDigits(htmlToText(text))
    .split(/[\s.,;:()[\]"'“”‘’/\\\-–—•●▪*#_|~{}<>!?=+&]+/)
    .filter((word) => word.length > 0);
}

// A step number ("๓." before the step's text) becomes the list's own numbering, so it is not a word.
const STEP_NUMBER = /(^|\s|>)[0-9๐-๙]{1,2}\.(?=\s*[^\s0-9๐-๙])/g;

/** Words of the source that appear nowhere in the output. */
export function missingWords(sourceCells: string[], outputs: string[]): string[] {
  const present = new Set(outputs.flatMap(wordsOf));
  const source = sourceCells.map((cell) => cell.replace(STEP_NUMBER, '$1'));
  return [...new Set(source.flatMap(wordsOf))].filter((word) => !present.has(word));
}
