// The local journal: what an interrupted run finished is not redone, and what it left behind is cleaned up.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFolderTarget, type PublishTransport } from '@/lib/publish/folder-target.ts';
import { openPublishState } from '@/lib/publish/journal.ts';
import { runPublish } from '@/lib/publish/run-publish.ts';
import { removeTemps, sampleSite, snapshot, temp, write } from '../support/publish-site.ts';

afterEach(removeTemps);

function cutAfter(real: PublishTransport, files: number): PublishTransport {
  let sent = 0;
  return {
    ...real,
    upload: async (local, rel) => {
      if (sent++ >= files) throw new Error('cable pulled');
      await real.upload(local, rel);
    },
  };
}

/**
 * A dist/ folder and a remote folder, and a publish to it that a pulled cable stops after `files` files, its
 * journal kept in a state folder under `key`.
 */
async function cutRun(files: number, key = 'folder:x') {
  const dist = await temp();
  const remote = await temp();
  const stateDir = await temp();
  await write(dist, sampleSite());
  const state = openPublishState(stateDir, key);
  await expect(runPublish(dist, cutAfter(openFolderTarget(remote), files), { state, attempts: 1 })).rejects.toThrow(
    'cable pulled',
  );
  return { dist, remote, stateDir, state };
}

describe('publish journal', () => {
  it('a file sent by the cut run and dropped from the build before the rerun is deleted, not left behind', async () => {
    const { dist, remote, state } = await cutRun(2);
    const sentFirst = Object.keys(await snapshot(remote));
    expect(sentFirst).toHaveLength(2);
    await rm(path.join(dist, sentFirst[0]!));
    const rerun = await runPublish(dist, openFolderTarget(remote), { state });
    expect(rerun.plan.filter((s) => s.action === 'delete').map((s) => s.path)).toEqual([sentFirst[0]]);
    expect(rerun.uploaded).toBe(6);
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
  });

  it('a file edited between the cut and the rerun is sent again', async () => {
    const { dist, remote, state } = await cutRun(3);
    const [first] = Object.keys(await snapshot(remote));
    await write(dist, { [first!]: 'changed since the cut' });
    const rerun = await runPublish(dist, openFolderTarget(remote), { state });
    expect(rerun.plan.map((s) => s.path)).toContain(first);
    expect(rerun.uploaded).toBe(6);
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
  });

  it('the journal is gone after a complete run, and another target never reads it', async () => {
    const { dist, remote, stateDir, state } = await cutRun(3, 'folder:a');
    const other = await temp();
    const elsewhere = await runPublish(dist, openFolderTarget(other), {
      state: openPublishState(stateDir, 'folder:b'),
    });
    expect([elsewhere.uploaded, elsewhere.resumed]).toEqual([8, 0]);
    await runPublish(dist, openFolderTarget(remote), { state });
    expect((await readdir(stateDir)).filter((f) => f.startsWith('journal-'))).toEqual([]);
  });
});
