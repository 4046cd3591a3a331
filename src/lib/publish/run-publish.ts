import path from 'node:path';
import { applyJournal, hashText, type PublishState } from './journal.ts';
import { hashFolder, MANIFEST_NAME, parseManifest, serializeManifest, type Manifest } from './manifest.ts';
import { assertInsideRoot, planPublish, type PlanStep } from './plan.ts';
import { PublishError, type PublishTransport } from './transport.ts';

export interface PublishProgress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
  step: PlanStep;
}
export interface PublishSummary {
  uploaded: number;
  deleted: number;
  bytesUploaded: number;
  /** What this run had to do (after the journal of an interrupted run was taken off). */
  plan: PlanStep[];
  /** Steps an interrupted earlier run had finished, not done again. */
  resumed: number;
  /** Files already on the server with the same content. */
  unchanged: number;
  /** Where the list of what is on the server came from. */
  manifestFrom: 'server' | 'local copy' | 'none';
  /** Bytes of the manifest written at the end (0 on a dry run). */
  manifestBytes: number;
}
export interface PublishOptions {
  dryRun?: boolean;
  onProgress?: (p: PublishProgress) => void;
  onWarning?: (message: string) => void;
  /** Journal and manifest copy on this computer; without it a cut run redoes its unfinished plan from the server's manifest. */
  state?: PublishState;
  /** Tries per step (first try included), waiting retryDelayMs, then twice that, … between them. */
  attempts?: number;
  retryDelayMs?: number;
}

async function withRetries<T>(work: () => Promise<T>, attempts: number, firstDelayMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error instanceof PublishError && error.fatal) || attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, firstDelayMs * 2 ** (attempt - 1)));
    }
  }
}

/**
 * Uploads what changed in `distDir`, deletes what the build no longer has, then writes the manifest.
 * Interrupted, the old manifest stays on the server and the journal says what was finished, so the next run
 * sends only the rest.
 */
export async function runPublish(
  distDir: string,
  target: PublishTransport,
  options: PublishOptions = {},
): Promise<PublishSummary> {
  const attempts = options.attempts ?? 4;
  const delay = options.retryDelayMs ?? 1000;
  const retry = <T>(work: () => Promise<T>) => withRetries(work, attempts, delay);
  const local = await hashFolder(distDir);

  let remote: Manifest = {};
  let manifestFrom: PublishSummary['manifestFrom'] = 'none';
  try {
    const text = await retry(() => target.readText(MANIFEST_NAME));
    if (text !== undefined) {
      remote = parseManifest(text);
      manifestFrom = 'server';
    }
  } catch (error) {
    // A wrong password or a dead host stops here; a manifest that is there but unreadable does not.
    if (error instanceof PublishError && error.kind !== 'permission') throw error;
    const copy = await options.state?.readManifestCopy();
    if (copy) {
      remote = copy;
      manifestFrom = 'local copy';
    }
    options.onWarning?.(
      copy
        ? `อ่าน ${MANIFEST_NAME} บนเซิร์ฟเวอร์ไม่ได้ ใช้สำเนาในเครื่องแทน / cannot read ${MANIFEST_NAME} on the server (${(error as Error).message}); using this computer's copy of the last publish`
        : `อ่าน ${MANIFEST_NAME} บนเซิร์ฟเวอร์ไม่ได้ จะส่งทุกไฟล์ / cannot read ${MANIFEST_NAME} on the server (${(error as Error).message}); sending every file`,
    );
  }

  const base = hashText(serializeManifest(remote));
  const journal = (await options.state?.readJournal(base)) ?? [];
  const current = applyJournal(remote, journal);
  const plan = planPublish(local, current);
  plan.forEach((step) => assertInsideRoot(step.path));
  const resumed = planPublish(local, remote).length - plan.length;
  const summary: PublishSummary = {
    uploaded: 0,
    deleted: 0,
    bytesUploaded: 0,
    plan,
    resumed: Math.max(0, resumed),
    unchanged: Object.keys(local).length - plan.filter((s) => s.action === 'upload').length,
    manifestFrom,
    manifestBytes: 0,
  };
  if (options.dryRun) return summary;

  await options.state?.startJournal(base);
  const bytesTotal = plan.filter((s) => s.action === 'upload').reduce((n, s) => n + s.size, 0);
  for (const [index, step] of plan.entries()) {
    if (step.action === 'upload') {
      await retry(() => target.upload(path.join(distDir, ...step.path.split('/')), step.path));
      await options.state?.record({ up: step.path, hash: local[step.path]!.hash, size: step.size });
      summary.uploaded++;
      summary.bytesUploaded += step.size;
    } else {
      await retry(() => target.remove(step.path));
      await options.state?.record({ del: step.path });
      summary.deleted++;
    }
    options.onProgress?.({ done: index + 1, total: plan.length, bytesDone: summary.bytesUploaded, bytesTotal, step });
  }
  const manifest = serializeManifest(local);
  await retry(() => target.writeText(MANIFEST_NAME, manifest));
  summary.manifestBytes = Buffer.byteLength(manifest);
  await options.state?.finish(manifest);
  return summary;
}
