/**
 * The numbers of the metric-matched fallback faces of the site's fonts.css (written by font-faces-css.ts), from the fonts' real metrics
 * as @capsizecss/metrics publishes them (read from each font file: units per em, ascent, descent and the
 * average advance width of text in each script, weighted by how often each letter occurs). Until Sarabun
 * arrives (font-display: swap), text shows in the phone's or PC's own font scaled to Sarabun's width and
 * given Sarabun's ascent and descent, so lines neither rewrap nor move when Sarabun swaps in.
 * test/pages/fonts-browser.test.ts holds the written fonts.css to these numbers and checks the swap in Chromium.
 */
import arial from '@capsizecss/metrics/arial';
import arialBold from '@capsizecss/metrics/arial/700';
import notoSansThai from '@capsizecss/metrics/notoSansThai';
import notoSansThaiBold from '@capsizecss/metrics/notoSansThai/700';
import roboto from '@capsizecss/metrics/roboto';
import robotoBold from '@capsizecss/metrics/roboto/700';
import sarabun from '@capsizecss/metrics/sarabun';
import sarabunBold from '@capsizecss/metrics/sarabun/700';
import tahoma from '@capsizecss/metrics/tahoma';
import tahomaBold from '@capsizecss/metrics/tahoma/700';

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
    local: {
      400: ['Noto Sans Thai', 'NotoSansThai-Regular', 'Noto Sans Thai UI', 'NotoSansThaiUI-Regular'],
      700: ['Noto Sans Thai Bold', 'NotoSansThai-Bold', 'Noto Sans Thai UI Bold', 'NotoSansThaiUI-Bold'],
    },
  },
  {
    family: 'Sarabun Fallback',
    script: 'latin',
    metrics: 'roboto',
    local: { 400: ['Roboto', 'Roboto-Regular'], 700: ['Roboto Bold', 'Roboto-Bold'] },
  },
  {
    family: 'Sarabun Fallback Windows',
    script: 'thai',
    metrics: 'tahoma',
    local: { 400: ['Tahoma'], 700: ['Tahoma Bold', 'Tahoma-Bold'] },
  },
  {
    family: 'Sarabun Fallback Windows',
    script: 'latin',
    metrics: 'arial',
    local: { 400: ['Arial', 'ArialMT'], 700: ['Arial Bold', 'Arial-BoldMT'] },
  },
] as const;

/** The weights the site sets text in; every face above has both. */
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

const METRICS: Record<'sarabun' | (typeof FALLBACK_FACES)[number]['metrics'], Record<FontWeight, FontMetrics>> = {
  sarabun: { 400: sarabun, 700: sarabunBold },
  notoSansThai: { 400: notoSansThai, 700: notoSansThaiBold },
  roboto: { 400: roboto, 700: robotoBold },
  tahoma: { 400: tahoma, 700: tahomaBold },
  arial: { 400: arial, 700: arialBold },
};

/** A font's metrics at a weight, as @capsizecss/metrics publishes them. */
export function readFontMetrics(name: keyof typeof METRICS, weight: FontWeight): FontMetrics {
  return METRICS[name][weight];
}
