import path from 'node:path';
import { hashFolder, MANIFEST_NAME, parseManifest, serializeManifest } from './manifest.ts';
import { assertInsideRoot, planPublish, type PlanStep } from './plan.ts';
import type { PublishTransport } from './folder-target.ts';

export interface PublishProgress { done: number; total: number; bytesDone: number; bytesTotal: number; step: PlanStep }
export interface PublishSummary { uploaded: number; deleted: number; bytesUploaded: number; plan: PlanStep[] }

async function withRetries<T>(work: () => Promise<T>, attempts = 3, firstDelayMs = 200): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try { return await work(); } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, firstDelayMs * 2 ** (attempt - 1)));
    }
  }
}

/**
 * Uploads what changed in `distDir`, deletes what the build no longer has, then writes the manifest.
 * Interrupted, the old manifest stays on the server, so the next run redoes the unfinished part.
 */
export async function runPublish(
  distDir: string,
  target: PublishTransport,
  options: { dryRun?: boolean; onProgress?: (p: PublishProgress) => void } = {},
): Promise<PublishSummary> {
  const local = await hashFolder(distDir);
  const remote = parseManifest(await target.readText(MANIFEST_NAME));
  const plan = planPublish(local, remote);
  plan.forEach((step) => assertInsideRoot(step.path));
  const summary: PublishSummary = { uploaded: 0, deleted: 0, bytesUploaded: 0, plan };
  if (options.dryRun) return summary;
  const bytesTotal = plan.filter((s) => s.action === 'upload').reduce((n, s) => n + s.size, 0);
  for (const [index, step] of plan.entries()) {
    if (step.action === 'upload') {
      await withRetries(() => target.upload(path.join(distDir, ...step.path.split('/')), step.path));
      summary.uploaded++;
      summary.bytesUploaded += step.size;
    } else {
      await withRetries(() => target.remove(step.path));
      summary.deleted++;
    }
    options.onProgress?.({ done: index + 1, total: plan.length, bytesDone: summary.bytesUploaded, bytesTotal, step });
  }
  await withRetries(() => target.writeText(MANIFEST_NAME, serializeManifest(local)));
  return summary;
}
