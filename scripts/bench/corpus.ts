import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPdf } from './pdf';
import { ensureBasePhoto, writeDerivedPhoto } from './photos';
import type { PlannedMeasure } from './plan';
import { corpusKey, type CorpusSize } from './presets';
import { createRandom, pickInt } from './random';

/** Bump when the generated files change, so stale cached corpora are not reused. */
const CORPUS_VERSION = 1;
const POOL_SIZE = 40;

export interface CorpusInfo {
  /** Folder holding `<year>/<file>` evidence, to be linked into `content/evidence/`. */
  evidenceDir: string;
  /** Seconds spent generating now (0 when the cached corpus was reused). */
  generationSeconds: number;
  /** Seconds the cached corpus took when it was generated. */
  originalGenerationSeconds: number;
  reused: boolean;
  photoBytes: { min: number; max: number; total: number };
  pdfBytes: number;
  distinctBasePhotos: number;
}

/** Where the benchmark keeps generated corpora and project copies (never inside the repository). */
export function benchTempRoot(): string {
  return process.env.ITA_BENCH_TMP ?? join(tmpdir(), 'ita-bench');
}

/** Generates (or reuses) the evidence files of a corpus size, deterministically. */
export async function ensureCorpus(
  size: CorpusSize,
  measures: PlannedMeasure[],
  log: (line: string) => void,
): Promise<CorpusInfo> {
  const dir = join(benchTempRoot(), `corpus-v${CORPUS_VERSION}-${corpusKey(size)}`);
  const marker = join(dir, 'done.json');
  if (existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as Omit<CorpusInfo, 'reused' | 'generationSeconds'>;
    return { ...saved, reused: true, generationSeconds: 0 };
  }
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const evidenceDir = join(dir, 'evidence');
  const poolDir = join(benchTempRoot(), `photo-pool-v${CORPUS_VERSION}`);
  const pool = Math.min(POOL_SIZE, size.photos);
  log(`generating ${pool} distinct base photos (4000×3000 JPEG)…`);
  const bases: string[] = [];
  for (let i = 0; i < pool; i += 2) {
    bases.push(...(await Promise.all([i, i + 1].filter((n) => n < pool).map((n) => ensureBasePhoto(poolDir, n)))));
  }
  log(`writing ${size.photos} photos and ${size.pdfs} PDFs…`);
  const photoSizes: number[] = [];
  let pdfBytes = 0;
  let photoIndex = 0;
  for (const m of measures) {
    mkdirSync(join(evidenceDir, String(m.year)), { recursive: true });
    for (const file of m.photos) {
      const target = join(evidenceDir, file);
      const day = new Date(Date.UTC(m.year - 543, photoIndex % 9, 1 + (photoIndex % 28), 9, photoIndex % 60, 0));
      writeDerivedPhoto(bases[photoIndex % bases.length]!, target, file, day);
      photoSizes.push(statSync(target).size);
      photoIndex++;
    }
    for (const file of m.documents) {
      const bytes = createPdf(
        `Benchmark document ${file}`,
        pickInt(createRandom(file.length * 31 + m.index), 40, 400) * 1024,
      );
      writeFileSync(join(evidenceDir, file), bytes);
      pdfBytes += bytes.length;
    }
  }
  const info = {
    evidenceDir,
    originalGenerationSeconds: (performance.now() - started) / 1000,
    photoBytes: {
      min: photoSizes.length ? Math.min(...photoSizes) : 0,
      max: Math.max(0, ...photoSizes),
      total: photoSizes.reduce((a, b) => a + b, 0),
    },
    pdfBytes,
    distinctBasePhotos: pool,
  };
  writeFileSync(marker, JSON.stringify(info, null, 2));
  return { ...info, reused: false, generationSeconds: info.originalGenerationSeconds };
}
