import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFolderTarget, type PublishTransport } from '@/lib/publish/folder-target.ts';
import { MANIFEST_NAME } from '@/lib/publish/manifest.ts';
import { planPublish } from '@/lib/publish/plan.ts';
import { runPublish } from '@/lib/publish/run-publish.ts';
import { snapshot, write } from '../support/publish-site';

const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ita-publish-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const site = {
  'index.html': '<a href="photos/a.webp">',
  '.htaccess': 'ErrorDocument 404 /ita/404.html',
  'photos/a.webp': 'photo-a',
  'เอกสาร/รายงาน ประจำปี.pdf': 'pdf bytes',
  'pagefind/index.json': '{}',
};

describe('publish to a folder', () => {
  it('first publish sends every file, hidden and Thai-named ones included, byte for byte', async () => {
    const dist = await temp();
    const remote = await temp();
    await write(dist, site);
    const summary = await runPublish(dist, openFolderTarget(remote));
    expect(summary.uploaded).toBe(5);
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
  });

  it('a second publish with nothing changed uploads only the manifest', async () => {
    const dist = await temp();
    const remote = await temp();
    await write(dist, site);
    await runPublish(dist, openFolderTarget(remote));
    const second = await runPublish(dist, openFolderTarget(remote));
    expect(second.uploaded).toBe(0);
    expect(second.deleted).toBe(0);
  });

  it('after one edit and one removal it sends only the changed file and deletes the removed one', async () => {
    const dist = await temp();
    const remote = await temp();
    await write(dist, site);
    await runPublish(dist, openFolderTarget(remote));
    await write(dist, { 'index.html': '<p>edited</p>' });
    await rm(path.join(dist, 'photos/a.webp'));
    const summary = await runPublish(dist, openFolderTarget(remote));
    expect(summary.plan.map((s) => `${s.action} ${s.path}`)).toEqual(['upload index.html', 'delete photos/a.webp']);
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
  });

  it('a run cut after two files leaves the old manifest, and the rerun completes the site', async () => {
    const dist = await temp();
    const remote = await temp();
    await write(dist, site);
    const real = openFolderTarget(remote);
    let sent = 0;
    const cutting: PublishTransport = {
      ...real,
      upload: async (local, rel) => {
        if (sent >= 2) throw new Error('connection cut');
        sent++;
        await real.upload(local, rel);
      },
    };
    await expect(runPublish(dist, cutting, { attempts: 2, retryDelayMs: 10 })).rejects.toThrow('connection cut');
    expect(await real.readText(MANIFEST_NAME)).toBeUndefined();
    await runPublish(dist, openFolderTarget(remote));
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
  });

  it('dry run changes nothing on the target', async () => {
    const dist = await temp();
    const remote = await temp();
    await write(dist, site);
    const summary = await runPublish(dist, openFolderTarget(remote), { dryRun: true });
    expect(summary.plan).toHaveLength(5);
    expect(await readdir(remote)).toEqual([]);
  });
});

describe('publish order', () => {
  it('puts assets before pages, .htaccess with the pages, deletions last', () => {
    const local = {
      'a.html': { hash: '1', size: 1 },
      '.htaccess': { hash: '2', size: 1 },
      'z.webp': { hash: '3', size: 1 },
    };
    const remote = { 'old.css': { hash: '9', size: 1 } };
    expect(planPublish(local, remote).map((s) => s.path)).toEqual(['z.webp', '.htaccess', 'a.html', 'old.css']);
  });

  it('refuses a remote path outside the configured folder', async () => {
    const remote = await temp();
    await expect(openFolderTarget(remote).writeText('../escape.txt', 'x')).rejects.toThrow(/outside the configured/);
  });
});
