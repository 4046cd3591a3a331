// The interrupted publish every kind of server must survive, written once for all of them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { MANIFEST_NAME } from '@/lib/publish/manifest.ts';
import type { PublishSummary } from '@/lib/publish/run-publish.ts';
import type { TestServer } from './ftp-server.ts';
import { snapshot } from './publish-site.ts';

/** A dist/ folder, the server folder it is published to, the server and one publish of dist/ to it. */
export interface PublishSetUp {
  dist: string;
  remote: string;
  server: TestServer;
  publish: () => Promise<PublishSummary>;
}

/**
 * The host goes away after `files` files have landed (the connection drops and every reconnect is refused): the
 * publish fails saying the server cannot be reached, with those files on the server and no manifest. Once the host is
 * back, the rerun resumes them, sends the rest and leaves the server folder identical to dist/.
 */
export async function expectResumeAfterHostCut(
  { dist, remote, server, publish }: PublishSetUp,
  files: number,
  total: number,
): Promise<void> {
  server.faults.dropAfterFiles = files;
  let gone = true;
  Object.defineProperty(server.faults, 'refusing', { get: () => gone && server.files >= files, configurable: true });
  await expect(publish()).rejects.toThrow(/cannot reach the server/);
  expect(existsSync(path.join(remote, MANIFEST_NAME))).toBe(false);
  expect(Object.keys(await snapshot(remote))).toHaveLength(files);
  gone = false;
  const rerun = await publish();
  expect([rerun.resumed, rerun.uploaded]).toEqual([files, total - files]);
  expect(await snapshot(remote)).toEqual(await snapshot(dist));
}
