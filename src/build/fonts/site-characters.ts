import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '@/lib/validate/read-content';

/**
 * The characters the site can show: every character of the content and of the
 * page code (UI strings, the Thai dictionary of src/lib/i18n), plus a fixed base
 * that dates, numbers and punctuation need even when no file spells them out.
 * Fonts are cut down to this set, so a character a clerk adds to the content is
 * in the next build's fonts.
 */
const BASE = [
  range(0x20, 0x7e), // ASCII: Latin letters, digits, punctuation
  range(0x0e01, 0x0e3a), // Thai consonants, vowels and marks
  range(0x0e3f, 0x0e5b), // Thai baht sign, vowels, marks, digits and ๆ ฯ ๏ ๚ ๛
  '\u00a0\u00d7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2192\u2190',
].join('');

function range(from: number, to: number): string {
  let text = '';
  for (let code = from; code <= to; code++) text += String.fromCodePoint(code);
  return text;
}

const SOURCES: [dir: string, pattern: RegExp][] = [
  ['content', /\.(?:mdx?|ya?ml|json|txt)$/i],
  ['src', /\.(?:ts|astro|mdx?)$/i],
];

/** The sorted, de-duplicated characters of `root`'s content and page code, with the fixed base. */
export function collectSiteCharacters(root: string): string {
  const seen = new Set<string>(BASE);
  for (const [dir, pattern] of SOURCES) {
    let files: string[] = [];
    try {
      files = listFiles(join(root, dir), pattern);
    } catch {
      continue; // a project without that folder
    }
    for (const file of files) for (const char of readFileSync(file, 'utf8')) seen.add(char);
  }
  return [...seen]
    .filter((c) => c >= ' ' && c !== '\u007f')
    .sort()
    .join('');
}
