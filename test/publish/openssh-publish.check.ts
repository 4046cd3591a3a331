// npm run publish against OpenSSH's own sftp-server (not our ssh2 test server): what real SFTP hosting answers.
// Run by `npm run test:openssh`, not by `npm test`: it needs Debian's openssh-sftp-server, which no npm package
// brings, and a test that skips where it is missing would pass without checking anything.
import { existsSync, statSync, symlinkSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '@/lib/publish/manifest.ts';
import type { PublishOptions } from '@/lib/publish/run-publish.ts';
import { openSftpTarget, type SftpLogin } from '@/lib/publish/sftp-target.ts';
import { UPLOAD_SUFFIX } from '@/lib/publish/transport.ts';
import type { ServerFaults, TestServer } from '../support/ftp-server.ts';
import { expectResumeAfterHostCut } from '../support/host-cut.ts';
import { haveOpenSshSftpServer, OPENSSH_SFTP_SERVER, startOpenSshSftpServer } from '../support/openssh-sftp-server.ts';
import { publishThrough, removeTemps, sampleSite, snapshot, temp, write } from '../support/publish-site.ts';

const PASSWORD = 'pa55-ทดสอบ word';
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await removeTemps();
});

if (!haveOpenSshSftpServer) {
  throw new Error(
    `${OPENSSH_SFTP_SERVER} not found: install Debian's openssh-sftp-server (sudo apt-get install openssh-sftp-server) to run this check`,
  );
}

describe('publish over SFTP to OpenSSH sftp-server', () => {
  async function setUp(faults: ServerFaults = {}, login: Partial<SftpLogin> = {}) {
    const dist = await temp();
    const stateDir = await temp();
    const remote = path.join(await temp(), 'public_html', 'ita');
    await write(dist, sampleSite());
    const server = await startOpenSshSftpServer(PASSWORD, faults);
    servers.push(server);
    const publish = async (options: PublishOptions = {}) => {
      const target = openSftpTarget({
        host: '127.0.0.1',
        port: server.port,
        user: 'clerk',
        password: PASSWORD,
        remotePath: remote,
        timeoutSeconds: 5,
        ...login,
      });
      return publishThrough(dist, target, stateDir, options);
    };
    return { dist, remote, server, publish };
  }

  it('publishes byte for byte, then nothing, then one edit, then a deletion', async () => {
    const { dist, remote, publish, server } = await setUp();
    expect((await publish()).uploaded).toBe(8);
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
    expect(existsSync(path.join(remote, 'เอกสาร', 'รายงาน ประจำปี 2568.pdf'))).toBe(true);
    expect(statSync(path.join(remote, 'index.html')).mode & 0o777).toBe(0o644);
    const before = server.files;
    expect((await publish()).uploaded).toBe(0);
    await write(dist, { 'measures/m1/index.html': '<h1>มาตรการ 1 แก้แล้ว</h1>' });
    await rm(path.join(dist, 'เอกสาร'), { recursive: true });
    const edit = await publish();
    expect(edit.plan.map((s) => `${s.action} ${s.path}`)).toEqual([
      'upload measures/m1/index.html',
      'delete เอกสาร/รายงาน ประจำปี 2568.pdf',
    ]);
    // manifest, edited page, manifest: posix-rename over the existing files
    expect(server.files - before).toBe(3);
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
    expect(existsSync(path.join(remote, 'เอกสาร'))).toBe(false);
  });

  it('a connection cut after 3 files, with the host gone, fails clearly; the rerun ends identical to dist/', async () => {
    await expectResumeAfterHostCut(await setUp(), 3, 8);
  });

  it('a full disk (the server answers only "Failure") is named as such, and the live file is untouched', async () => {
    const { remote, publish } = await setUp();
    await mkdir(path.join(remote, 'photos'), { recursive: true });
    // Whatever the server writes under this temporary name lands on /dev/full: ENOSPC, as on a full disk.
    symlinkSync('/dev/full', path.join(remote, 'photos', `a.webp${UPLOAD_SUFFIX}`));
    const error = (await publish().catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(/พื้นที่บนเซิร์ฟเวอร์เต็ม[\s\S]*disk is full/);
    expect(existsSync(path.join(remote, 'photos', 'a.webp'))).toBe(false);
    expect(existsSync(path.join(remote, MANIFEST_NAME))).toBe(false);
  });

  it('a host key other than hostKeySha256 stops before logging in, and says it is not a password problem', async () => {
    const { remote, publish, server } = await setUp({}, { hostKeySha256: 'SHA256:' + 'A'.repeat(43) });
    const error = (await publish().catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(/กุญแจ[\s\S]*hostKeySha256/);
    expect(error.message).not.toMatch(/wrong user name or password/);
    expect(server.logins).toBe(0);
    expect(existsSync(remote)).toBe(false);
  });
});
