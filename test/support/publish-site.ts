// Small synthetic dist/ folders and byte-for-byte comparison of a server folder with them.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPublishState } from '@/lib/publish/journal.ts';
import { MANIFEST_NAME } from '@/lib/publish/manifest.ts';
import { runPublish, type PublishOptions, type PublishSummary } from '@/lib/publish/run-publish.ts';
import type { PublishTransport } from '@/lib/publish/transport.ts';

const temps: string[] = [];
export async function temp(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ita-publish-'));
  temps.push(dir);
  return dir;
}
export async function removeTemps(): Promise<void> {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export async function write(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), content);
  }
}

/** Every file under `root` (the manifest left out) as base64, so two folders compare byte for byte. */
export async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    if (rel !== MANIFEST_NAME) out[rel] = (await readFile(path.join(root, rel))).toString('base64');
  }
  return out;
}

/** A site shaped like a build: hidden .htaccess, Thai names with spaces, a binary photo, pages, search files. */
export function sampleSite(): Record<string, string | Buffer> {
  const photo = Buffer.alloc(40_000);
  for (let i = 0; i < photo.length; i++) photo[i] = (i * 7919) % 251;
  return {
    'index.html': '<a href="photos/a.webp">หน้าแรก</a>',
    '.htaccess': 'ErrorDocument 404 /ita/404.html\n',
    'photos/a.webp': photo,
    'เอกสาร/รายงาน ประจำปี 2568.pdf': '%PDF-1.4 รายงาน',
    'measures/m1/index.html': '<h1>มาตรการ 1</h1>',
    'measures/m2/index.html': '<h1>มาตรการ 2</h1>',
    'pagefind/index.json': '{"v":1}',
    'rss.xml': '<rss/>',
  };
}

/**
 * One publish of `dist` through a freshly opened target, with the tests' quick retries and the given state folder;
 * the target is closed whatever happens, as `npm run publish` does.
 */
export async function publishThrough(
  dist: string,
  target: PublishTransport,
  stateDir: string,
  options: PublishOptions = {},
): Promise<PublishSummary> {
  try {
    return await runPublish(dist, target, {
      state: openPublishState(stateDir, 'test'),
      attempts: 3,
      retryDelayMs: 20,
      ...options,
    });
  } finally {
    await target.close();
  }
}
