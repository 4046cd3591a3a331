/** Sizes of the synthetic organisation the benchmark builds. */
export interface CorpusSize {
  /** Fiscal years (the newest is 2569). */
  years: number;
  /** Measures across all years. */
  measures: number;
  /** Phone-size photos (4000×3000 JPEG with EXIF) across all measures. */
  photos: number;
  /** PDF documents across all measures. */
  pdfs: number;
}

/** `typical` is a real agency's two ITA years; `large` is ten times more. */
export const PRESETS: Record<string, CorpusSize> = {
  typical: { years: 2, measures: 60, photos: 600, pdfs: 60 },
  large: { years: 10, measures: 600, photos: 3000, pdfs: 600 },
  // Not in the issue: a quick run to check the benchmark itself works.
  tiny: { years: 1, measures: 6, photos: 12, pdfs: 6 },
};

/** The size options every benchmark takes, for scripts/support/parse-options.ts. */
export const CORPUS_SIZE_OPTIONS = {
  preset: { type: 'string' },
  years: { type: 'string' },
  measures: { type: 'string' },
  photos: { type: 'string' },
  pdfs: { type: 'string' },
} as const;
export type CorpusSizeValues = Partial<Record<keyof typeof CORPUS_SIZE_OPTIONS, string>>;

/**
 * Reads `--preset typical|large|tiny` or custom sizes, either as
 * `--preset years=3,measures=100,photos=500,pdfs=50` or as separate
 * `--years 3 --measures 100 …` flags that override the preset.
 */
export function resolveCorpusSize(values: CorpusSizeValues): { name: string; size: CorpusSize } {
  const preset = values.preset ?? 'typical';
  let size: CorpusSize;
  let name = preset;
  if (PRESETS[preset]) size = { ...PRESETS[preset] };
  else if (preset.includes('=')) {
    size = { ...PRESETS.typical! };
    for (const pair of preset.split(',')) applySize(size, pair.split('=')[0]!, pair.split('=')[1]);
    name = 'custom';
  } else
    throw new Error(
      `Unknown preset "${preset}": use typical, large, tiny or sizes like years=3,measures=100,photos=500,pdfs=50`,
    );
  for (const key of ['years', 'measures', 'photos', 'pdfs'] as const) {
    const flag = values[key];
    if (flag !== undefined) {
      applySize(size, key, flag);
      name = 'custom';
    }
  }
  if (size.measures < size.years) throw new Error('Need at least one measure per fiscal year');
  return { name, size };
}

function applySize(size: CorpusSize, key: string, raw: string | undefined): void {
  if (!['years', 'measures', 'photos', 'pdfs'].includes(key))
    throw new Error(`Unknown size "${key}": use years, measures, photos or pdfs`);
  const number = Number(raw);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${key} must be a whole number, got "${raw}"`);
  if (key === 'years' && (number < 1 || number > 30)) throw new Error('years must be between 1 and 30');
  size[key as keyof CorpusSize] = number;
}

/** A stable name for a corpus, used as its cache folder. */
export function corpusKey(size: CorpusSize): string {
  return `y${size.years}-m${size.measures}-p${size.photos}-d${size.pdfs}`;
}
