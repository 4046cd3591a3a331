import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

/** One output of the image pipeline, read back from the built site. */
export interface ImageTransform {
  width: number;
  height: number;
  format: string;
}

/** Reads the outputs the build wrote for its photos and returns the most common set of transforms per source photo. */
export async function observedTransforms(
  outDir: string,
  generated: { path: string }[],
): Promise<{ perPhoto: ImageTransform[]; sources: number }> {
  const bySource = new Map<string, ImageTransform[]>();
  for (const { path } of generated) {
    // `/_astro/evidence/2568/photo.<hash>_<transform>.webp` comes from `2568/photo`: the folder counts, as names repeat across years.
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    const name = path.slice(folder.length);
    const source = folder + name.slice(0, name.indexOf('.'));
    const meta = await sharp(join(outDir, path.replace(/^\/[^_]*(?=_astro\/)/, '')))
      .metadata()
      .catch(() => undefined);
    if (!meta?.width || !meta.height) continue;
    bySource.set(source, [
      ...(bySource.get(source) ?? []),
      {
        width: meta.width,
        height: meta.height,
        format: meta.format === 'heif' ? (meta.compression === 'av1' ? 'avif' : 'heif') : (meta.format ?? 'unknown'),
      },
    ]);
  }
  const counts = new Map<string, { count: number; set: ImageTransform[] }>();
  for (const set of bySource.values()) {
    const sorted = set.slice().sort((a, b) => a.width - b.width || a.format.localeCompare(b.format));
    const key = JSON.stringify(sorted);
    counts.set(key, { count: (counts.get(key)?.count ?? 0) + 1, set: sorted });
  }
  const common = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return { perPhoto: common?.set ?? [], sources: bySource.size };
}

export interface SharpBaseline {
  photos: number;
  outputsPerPhoto: number;
  /** Best photos per second over the concurrencies tried. */
  photosPerSecond: number;
  byConcurrency: { concurrency: number; photosPerSecond: number }[];
}

/**
 * The library's own limit: the same resizes done with sharp directly (read,
 * auto-rotate, resize, encode with the site's encoder settings, as Astro's service does),
 * with no framework around it, at several concurrencies; the best counts.
 */
export async function measureSharpBaseline(
  files: string[],
  transforms: ImageTransform[],
  encoders: Partial<Record<'avif' | 'webp' | 'jpeg' | 'png', Record<string, unknown>>> = {},
): Promise<SharpBaseline> {
  const run = async (concurrency: number): Promise<number> => {
    const queue = files.slice();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let file = queue.shift(); file; file = queue.shift()) {
          for (const t of transforms) {
            const image = sharp(file, { failOn: 'none' })
              .rotate()
              .resize({ width: t.width, height: t.height, fit: 'cover', withoutEnlargement: true });
            await (
              t.format === 'avif'
                ? image.avif(encoders.avif)
                : t.format === 'png'
                  ? image.png(encoders.png)
                  : t.format === 'jpeg'
                    ? image.jpeg(encoders.jpeg)
                    : image.webp(encoders.webp)
            ).toBuffer();
          }
        }
      }),
    );
    return files.length / ((performance.now() - started) / 1000);
  };
  const cores = availableParallelism();
  const byConcurrency = [];
  for (const concurrency of [...new Set([1, cores, cores * 2])])
    byConcurrency.push({ concurrency, photosPerSecond: await run(concurrency) });
  return {
    photos: files.length,
    outputsPerPhoto: transforms.length,
    photosPerSecond: Math.max(...byConcurrency.map((b) => b.photosPerSecond)),
    byConcurrency,
  };
}
