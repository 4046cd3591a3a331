import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { HarfBuzz } from 'harfbuzzjs';
import type { CardFont, CardFontWeight } from './fonts';

/** Width in pixels of a one-line text at a font size and weight. */
export type MeasureText = (text: string, fontSize: number, weight: CardFontWeight) => number;

/**
 * Builds a measurer from the card's own font files, shaping with HarfBuzz —
 * the shaper satori itself uses — so a width measured here is the width drawn.
 * Each character is measured in the first font of the family list that has
 * it, as satori falls back, and each same-font run is shaped as a whole so
 * Thai marks and Latin kerning count as they will be drawn.
 */
export async function createTextMeasurer(fonts: CardFont[], root = process.cwd()): Promise<MeasureText> {
  // Loaded through Node's require: the package is CommonJS and finds its .wasm beside itself.
  const hb = await (createRequire(join(root, 'package.json'))('harfbuzzjs') as Promise<HarfBuzz>);
  const faces = fonts.map((font) => {
    const face = hb.createFace(hb.createBlob(new Uint8Array(font.data)), 0);
    const hbFont = hb.createFont(face);
    hbFont.setScale(face.upem, face.upem);
    return { font, upem: face.upem, hbFont, covers: new Set(face.collectUnicodes()) };
  });
  const faceFor = (codePoint: number, weight: CardFontWeight) => {
    const ofWeight = faces.filter((f) => f.font.weight === weight);
    const face = ofWeight.find((f) => f.covers.has(codePoint)) ?? ofWeight[0];
    if (!face) throw new Error(`No card font of weight ${weight}`);
    return face;
  };
  const cache = new Map<string, number>();

  return (text, fontSize, weight) => {
    const key = `${weight}\u0000${text}`;
    let unitsPerEm = cache.get(key);
    if (unitsPerEm === undefined) {
      unitsPerEm = 0;
      for (const run of splitRuns(text, (cp) => faceFor(cp, weight))) {
        const buffer = hb.createBuffer();
        buffer.addText(run.text);
        buffer.guessSegmentProperties();
        hb.shape(run.face.hbFont, buffer);
        unitsPerEm += buffer.json().reduce((sum, glyph) => sum + glyph.ax, 0) / run.face.upem;
        buffer.destroy();
      }
      cache.set(key, unitsPerEm);
    }
    return unitsPerEm * fontSize;
  };
}

/** Splits text into runs that use the same font. Combining marks stay with their base's font. */
function splitRuns<F>(text: string, pick: (codePoint: number) => F): { text: string; face: F }[] {
  const runs: { text: string; face: F }[] = [];
  for (const char of text) {
    const face = pick(char.codePointAt(0) ?? 0);
    const last = runs.at(-1);
    if (last && last.face === face) last.text += char;
    else runs.push({ text: char, face });
  }
  return runs;
}
