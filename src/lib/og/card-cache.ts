import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Rendered cards kept between builds, one PNG per key. It lives outside the
 * build output (node_modules/.cache/og-cards/ by default) so a clean dist/
 * does not throw the cards away.
 */
export interface CardCache {
  dir: string;
  read(key: string): Buffer | undefined;
  write(key: string, png: Buffer): void;
}

/** Default folder: survives builds, ignored by git with node_modules. ITA_OG_CACHE overrides it. */
export function defaultCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.ITA_OG_CACHE ?? join(root, 'node_modules', '.cache', 'og-cards');
}

/** The cache key of a card: its laid-out content, the template version and a fingerprint of fonts and logo. */
export function createCardKey(parts: { content: unknown; templateVersion: number; assets: string }): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export function openCardCache(dir: string): CardCache {
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    read(key) {
      const file = join(dir, `${key}.png`);
      try {
        const png = readFileSync(file);
        // The modified time records the last use, so pruning keeps cards still in use.
        const now = new Date();
        utimesSync(file, now, now);
        return png;
      } catch {
        return undefined;
      }
    },
    write(key, png) {
      // Rename is atomic, so a build running at the same time never reads half a file.
      const temporary = join(dir, `${key}.${process.pid}.tmp`);
      writeFileSync(temporary, png);
      renameSync(temporary, join(dir, `${key}.png`));
    },
  };
}
