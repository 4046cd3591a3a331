import type { Manifest } from './manifest.ts';
import { PublishError } from './transport.ts';

export interface PlanStep {
  action: 'upload' | 'delete';
  path: string;
  size: number;
}

/**
 * Files the pages point at go first, so a page is never live before what it references;
 * deletions go last, so an old page still finds its files while the run is under way.
 */
function isLateFile(rel: string): boolean {
  const name = rel.split('/').pop() ?? rel;
  return (/\.(html?|xml|rss|atom|json)$/i.test(name) && !rel.startsWith('pagefind/')) || name === '.htaccess';
}

/** Compares the build with what the server's manifest says is there: the ordered list of uploads, then deletions. */
export function planPublish(local: Manifest, remote: Manifest): PlanStep[] {
  const early: PlanStep[] = [];
  const late: PlanStep[] = [];
  for (const [rel, entry] of Object.entries(local).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (remote[rel]?.hash === entry.hash) continue;
    (isLateFile(rel) ? late : early).push({ action: 'upload', path: rel, size: entry.size });
  }
  const deletions = Object.keys(remote)
    .filter((rel) => !(rel in local))
    .sort()
    .map((rel): PlanStep => ({ action: 'delete', path: rel, size: remote[rel]?.size ?? 0 }));
  return [...early, ...late, ...deletions];
}

/** Refuses any path that would leave the configured remote folder (".." segments, absolute paths). */
export function assertInsideRoot(rel: string): void {
  if (rel.startsWith('/') || rel.split('/').some((part) => part === '..' || part === '')) {
    throw new PublishError('outside', rel);
  }
}
