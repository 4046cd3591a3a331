import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildStep } from '@/build/steps';
import { defaultCacheDir } from './card-cache';

/** Cards unused for this long are dropped: long enough to flip between branches, short enough to bound the folder. */
export const CACHE_MAX_AGE_DAYS = 14;

/**
 * Removes cached cards not used for {@link CACHE_MAX_AGE_DAYS} days. The
 * renderer touches a card each time the cache serves it, so the modified time
 * is the last use. Returns the number of files removed.
 */
export function pruneCardCache(dir: string, now = Date.now()): number {
  if (!existsSync(dir)) return 0;
  const limit = now - CACHE_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (/\.(png|tmp)$/.test(name) && statSync(file).mtimeMs < limit) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}

export const pruneCardCacheStep: BuildStep = {
  name: 'ล้างการ์ดเก่าในแคช / prune the social card cache',
  run: async (context) => {
    pruneCardCache(defaultCacheDir(context.root));
    return [];
  },
};
