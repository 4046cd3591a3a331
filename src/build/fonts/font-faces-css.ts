import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeFallbackDescriptors, FALLBACK_FACES, FONT_WEIGHTS, readFontMetrics } from './fallback-metrics';
import { SARABUN_FILES, subsetFileName } from './subset-sarabun';

/**
 * The site's @font-face rules, written beside the subset fonts (.build/fonts/fonts.css) so that the file names,
 * the unicode ranges and the fallback numbers each have one owner: SARABUN_FILES, UNICODE_RANGES and
 * FALLBACK_FACES with the fonts' metrics. A stylesheet file, not an inline <style>, so the site's
 * Content-Security-Policy needs no 'unsafe-inline'; Vite fingerprints the font files it names.
 */
export const FONT_FACES_CSS = 'fonts.css';

/** Fontsource's ranges for Sarabun's two files; the Thai fallbacks cover the Thai letters only. */
export const UNICODE_RANGES = {
  thai: 'U+0E01-0E5B, U+200C-200D, U+25CC',
  thaiFallback: 'U+0E01-0E5B',
  latin:
    'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
} as const;

const percent = (value: number): string => `${Number(value.toFixed(2))}%`;
const face = (descriptors: string[]): string => `@font-face {\n${descriptors.map((d) => `  ${d};\n`).join('')}}\n`;

/** Sarabun's faces (text shows at once in the fallback: font-display swap), then the metric-matched fallbacks. */
export function renderFontFacesCss(): string {
  const sarabun = SARABUN_FILES.map((file) =>
    face([
      "font-family: 'Sarabun'",
      'font-style: normal',
      `font-weight: ${file.weight}`,
      'font-display: swap',
      `src: url('./${subsetFileName(file.subset, file.weight)}') format('woff2')`,
      `unicode-range: ${UNICODE_RANGES[file.subset]}`,
    ]),
  );
  const fallbacks = FALLBACK_FACES.flatMap((spec) =>
    FONT_WEIGHTS.map((weight) => {
      const d = computeFallbackDescriptors(
        readFontMetrics('sarabun', weight),
        readFontMetrics(spec.metrics, weight),
        spec.script,
      );
      return face([
        `font-family: '${spec.family}'`,
        `font-weight: ${weight}`,
        `src: ${spec.local[weight].map((name) => `local('${name}')`).join(', ')}`,
        `size-adjust: ${percent(d.sizeAdjust)}`,
        `ascent-override: ${percent(d.ascentOverride)}`,
        `descent-override: ${percent(d.descentOverride)}`,
        `line-gap-override: ${percent(d.lineGapOverride)}`,
        `unicode-range: ${spec.script === 'thai' ? UNICODE_RANGES.thaiFallback : UNICODE_RANGES.latin}`,
      ]);
    }),
  );
  return [
    '/* Written by the build from src/build/fonts/font-faces-css.ts: edit that file, not this one. */\n',
    ...sarabun,
    ...fallbacks,
  ].join('');
}

/** Writes the stylesheet into `dir` when it differs, so `astro dev` does not reload for nothing. */
export function writeFontFacesCss(dir: string): string {
  const file = join(dir, FONT_FACES_CSS);
  const css = renderFontFacesCss();
  if (existsSync(file) && readFileSync(file, 'utf8') === css) return file;
  writeFileSync(`${file}.${process.pid}.tmp`, css);
  renameSync(`${file}.${process.pid}.tmp`, file);
  return file;
}
