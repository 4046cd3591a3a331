import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { unpackWoff } from './woff';

/**
 * Sarabun, the typeface of Thai government documents, in the two Fontsource
 * subsets the cards need. The subsets get different names: registered under
 * one name, satori takes every glyph from the first file and Latin comes out
 * as boxes. The family list puts Latin first, Thai second (see CARD_FONT_FAMILY).
 */
const FONT_FILES = [
  { name: 'Sarabun Latin', subset: 'latin', weight: 400 },
  { name: 'Sarabun Latin', subset: 'latin', weight: 700 },
  { name: 'Sarabun Thai', subset: 'thai', weight: 400 },
  { name: 'Sarabun Thai', subset: 'thai', weight: 700 },
] as const;

export type CardFontWeight = 400 | 700;

/** The CSS font-family of every text on the card: one face per script, in fallback order. */
export const CARD_FONT_FAMILY = FONT_FILES.filter((f) => f.weight === 400).map((f) => f.name);

/** One font file, unpacked to plain OpenType. */
export interface CardFont {
  name: string;
  weight: CardFontWeight;
  style: 'normal';
  data: Buffer;
}

let loaded: CardFont[] | undefined;

/** The card fonts, read once per process. Resolved from the project root so bundled build code finds them too. */
export function loadCardFonts(root = process.cwd()): CardFont[] {
  if (loaded) return loaded;
  const require = createRequire(join(root, 'package.json'));
  loaded = FONT_FILES.map((font) => {
    const file = require.resolve(`@fontsource/sarabun/files/sarabun-${font.subset}-${font.weight}-normal.woff`);
    return { name: font.name, weight: font.weight, style: 'normal', data: unpackWoff(readFileSync(file), file) };
  });
  return loaded;
}

/** A hash of every font file: a new font version must re-render every card. */
export function fingerprintFonts(fonts: CardFont[]): string {
  const hash = createHash('sha256');
  for (const font of fonts) hash.update(`${font.name}/${font.weight}:`).update(font.data);
  return hash.digest('hex');
}
