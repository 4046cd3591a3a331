import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { collectSiteCharacters } from './site-characters';

/**
 * Sarabun cut down, per weight and per script, to the characters the site uses
 * (HarfBuzz's subsetter, through subset-font). Fontsource's files carry every
 * Latin-1 letter and each weight's full Thai block; the site needs far fewer,
 * and the fonts were 42.7 KB of the 55.6 KB of the heaviest page.
 * Thai keeps every OpenType feature: its tone marks and vowels are placed by
 * GPOS mark positioning and GSUB contextual forms, and dropping them clips or
 * collides marks.
 */
export const SARABUN_FILES = [
  { subset: 'thai', weight: 400 },
  { subset: 'thai', weight: 700 },
  { subset: 'latin', weight: 400 },
  { subset: 'latin', weight: 700 },
] as const;

/** Latin needs kerning, ligatures and accent placement; fractions, ordinals and the like never show. */
const LATIN_FEATURES = ['kern', 'liga', 'clig', 'calt', 'locl', 'ccmp', 'mark', 'mkmk'];

/** Where the subset fonts are written; font-faces-css.ts names them in the fonts.css it writes beside them. */
export function fontDir(root: string): string {
  return join(root, '.build', 'fonts');
}

export function subsetFileName(subset: string, weight: number): string {
  return `sarabun-${subset}-${weight}.woff2`;
}

/**
 * Writes the subset fonts for `root`'s content, unless the same characters were
 * subset last time (a stamp file holds their hash). Subsets are also kept in
 * node_modules/.cache/ita-fonts/<hash>/, so a copy of the project (tests, the bench)
 * with the same content copies them instead of subsetting again. Each file is
 * written under a temporary name and renamed, so a parallel build never reads half a font.
 */
export async function writeSarabunSubsets(
  root: string,
): Promise<{ dir: string; characters: string; written: boolean }> {
  const characters = collectSiteCharacters(root);
  const dir = fontDir(root);
  const require = createRequire(join(root, 'package.json'));
  const sources = SARABUN_FILES.map((file) => ({
    ...file,
    path: require.resolve(`@fontsource/sarabun/files/sarabun-${file.subset}-${file.weight}-normal.woff2`),
  }));
  const stamp = createHash('sha256').update(characters);
  for (const source of sources) stamp.update(readFileSync(source.path));
  const digest = stamp.digest('hex');
  const stampFile = join(dir, 'characters.sha256');
  const complete = sources.every((s) => existsSync(join(dir, subsetFileName(s.subset, s.weight))));
  if (complete && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest)
    return { dir, characters, written: false };
  mkdirSync(dir, { recursive: true });
  const cache = join(root, 'node_modules', '.cache', 'ita-fonts', digest);
  const names = sources.map((s) => subsetFileName(s.subset, s.weight));
  const cached = names.every((name) => existsSync(join(cache, name)));
  for (const [index, source] of sources.entries()) {
    const target = join(dir, names[index]!);
    const font = cached
      ? readFileSync(join(cache, names[index]!))
      : await subsetFont(readFileSync(source.path), characters, {
          targetFormat: 'woff2',
          ...(source.subset === 'latin' ? { keepFeatures: LATIN_FEATURES } : {}),
        });
    writeAtomically(target, font);
    if (!cached && existsSync(join(root, 'node_modules'))) {
      mkdirSync(cache, { recursive: true });
      writeAtomically(join(cache, names[index]!), font);
    }
  }
  writeFileSync(stampFile, digest);
  return { dir, characters, written: true };
}

function writeAtomically(target: string, bytes: Buffer): void {
  writeFileSync(`${target}.${process.pid}.tmp`, bytes);
  renameSync(`${target}.${process.pid}.tmp`, target);
}
