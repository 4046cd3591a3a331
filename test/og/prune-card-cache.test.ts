import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCardCache } from '@/lib/og/card-cache';
import { CACHE_MAX_AGE_DAYS, pruneCardCache } from '@/lib/og/prune-card-cache';

const DAY = 24 * 60 * 60 * 1000;

describe('pruneCardCache', () => {
  it('drops cards unused for the maximum age and keeps the ones the cache served recently', () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-prune-'));
    const cache = openCardCache(dir);
    cache.write('old', Buffer.from('old'));
    cache.write('served', Buffer.from('served'));
    cache.write('fresh', Buffer.from('fresh'));
    const longAgo = new Date(Date.now() - (CACHE_MAX_AGE_DAYS + 1) * DAY);
    utimesSync(join(dir, 'old.png'), longAgo, longAgo);
    utimesSync(join(dir, 'served.png'), longAgo, longAgo);
    expect(cache.read('served')?.toString()).toBe('served');

    expect(pruneCardCache(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['fresh.png', 'served.png']);
  });

  it('does nothing when there is no cache yet', () => {
    expect(pruneCardCache(join(tmpdir(), 'og-no-such-cache'))).toBe(0);
    expect(existsSync(join(tmpdir(), 'og-no-such-cache'))).toBe(false);
  });

  it('leaves other files alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-prune-'));
    writeFileSync(join(dir, 'README'), 'x');
    utimesSync(join(dir, 'README'), new Date(0), new Date(0));
    pruneCardCache(dir);
    expect(readdirSync(dir)).toEqual(['README']);
  });
});
