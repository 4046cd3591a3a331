/**
 * The numbers of the metric-matched fallback faces in src/styles/fonts.css, from the fonts' real metrics
 * as @capsizecss/metrics publishes them (read from each font file: units per em, ascent, descent and the
 * average advance width of text in each script, weighted by how often each letter occurs). Until Sarabun
 * arrives (font-display: swap), text shows in the phone's or PC's own font scaled to Sarabun's width and
 * given Sarabun's ascent and descent, so lines neither rewrap nor move when Sarabun swaps in.
 * test/pages/fonts-browser.test.ts holds fonts.css to these numbers and checks the swap in Chromium.
 */

/** What a fallback face needs from a font's metrics. */
export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  /** Negative, below the baseline, as fonts store it. */
  descent: number;
  lineGap: number;
  /** Average advance width of text in each script, in font units. */
  subsets: { latin: { xWidthAvg: number }; thai: { xWidthAvg: number } };
}

/** The CSS descriptors of a fallback face, as percentages. */
export interface FallbackDescriptors {
  sizeAdjust: number;
  ascentOverride: number;
  descentOverride: number;
  lineGapOverride: number;
}

/**
 * Scales `fallback` to `target`'s average width in `script`. The overrides are percentages of the used size,
 * which size-adjust has already scaled, so they are divided by it to come out at the target's own metrics.
 */
export function computeFallbackDescriptors(
  target: FontMetrics,
  fallback: FontMetrics,
  script: 'latin' | 'thai',
): FallbackDescriptors {
  const width = (m: FontMetrics) => m.subsets[script].xWidthAvg / m.unitsPerEm;
  const sizeAdjust = width(target) / width(fallback);
  const share = (value: number) => (value / target.unitsPerEm / sizeAdjust) * 100;
  return {
    sizeAdjust: sizeAdjust * 100,
    ascentOverride: share(target.ascent),
    descentOverride: share(Math.abs(target.descent)),
    lineGapOverride: share(target.lineGap),
  };
}

/**
 * Which system fonts each fallback face stands for, by script: the first that a device has is used.
 * Android: Noto Sans Thai (the UI cut has the same advance widths: compared glyph by glyph in Debian's
 * fonts-noto-ui-core 20201225, 86 of 87 Thai glyphs equal, one 1 % apart) and Roboto. Windows and older Macs: Tahoma
 * (Thai since Windows XP) and Arial; iPhones and Macs also have Arial. Leelawadee UI (Windows) and Thonburi
 * (Apple) are not in @capsizecss/metrics and no copy of either can be had here, so no matched face exists for them:
 * Tahoma is listed first so Windows PCs never reach Leelawadee UI, and an iPhone shows Thai in Thonburi unmatched.
 */
export const FALLBACK_FACES = [
  {
    family: 'Sarabun Fallback',
    script: 'thai',
    metrics: 'notoSansThai',
    local: ['Noto Sans Thai', 'Noto Sans Thai UI'],
  },
  { family: 'Sarabun Fallback', script: 'latin', metrics: 'roboto', local: ['Roboto'] },
  { family: 'Sarabun Fallback Windows', script: 'thai', metrics: 'tahoma', local: ['Tahoma'] },
  { family: 'Sarabun Fallback Windows', script: 'latin', metrics: 'arial', local: ['Arial'] },
] as const;
