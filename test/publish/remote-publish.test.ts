// npm run publish against real FTP and SFTP servers on 127.0.0.1, started here; each case compares byte for byte.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFtpTarget } from '@/lib/publish/ftp-target.ts';
import { MANIFEST_NAME, serializeManifest } from '@/lib/publish/manifest.ts';
import { runPublish, type PublishOptions } from '@/lib/publish/run-publish.ts';
import { openSftpTarget } from '@/lib/publish/sftp-target.ts';
import type { PublishTransport } from '@/lib/publish/transport.ts';
import { startFtpServer, type ServerFaults, type TestServer } from '../support/ftp-server.ts';
import { expectResumeAfterHostCut } from '../support/host-cut.ts';
import { startSftpServer } from '../support/sftp-server.ts';
import { publishThrough, removeTemps, sampleSite, snapshot, temp, write } from '../support/publish-site.ts';

const PASSWORD = 'pa55-ทดสอบ word';
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await removeTemps();
});

const kinds = {
  ftp: { start: startFtpServer, open: openFtpTarget },
  sftp: { start: startSftpServer, open: openSftpTarget },
};

describe.each(Object.keys(kinds) as (keyof typeof kinds)[])('publish over %s', (kind) => {
  const { start, open } = kinds[kind];

  /** A dist/ folder, a server serving a folder whose /site/ita is the configured remote path, and a local state dir. */
  async function setUp(faults: ServerFaults = {}) {
    const dist = await temp();
    const serverRoot = await temp();
    const stateDir = await temp();
    await write(dist, sampleSite());
    const server = await start(serverRoot, PASSWORD, faults);
    servers.push(server);
    const remote = path.join(serverRoot, 'site', 'ita');
    const connect = (password = PASSWORD): PublishTransport =>
      open({
        host: '127.0.0.1',
        port: server.port,
        user: 'clerk',
        password,
        remotePath: '/site/ita',
        timeoutSeconds: 5,
      });
    const publish = async (options: PublishOptions = {}, password?: string) => {
      return publishThrough(dist, connect(password), stateDir, options);
    };
    return { dist, remote, server, publish };
  }

  it('first publish sends every file — .htaccess and Thai names with spaces included — byte for byte', async () => {
    const { dist, remote, publish } = await setUp();
    const summary = await publish();
    expect(summary.uploaded).toBe(8);
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
    expect(existsSync(path.join(remote, 'เอกสาร', 'รายงาน ประจำปี 2568.pdf'))).toBe(true);
    expect(await readFile(path.join(remote, '.htaccess'), 'utf8')).toContain('ErrorDocument');
    expect(JSON.parse(await readFile(path.join(remote, MANIFEST_NAME), 'utf8')).files['photos/a.webp'].size).toBe(
      40_000,
    );
  });

  it('a second publish with nothing changed uploads only the manifest', async () => {
    const { publish, server } = await setUp();
    await publish();
    const before = server.files;
    const second = await publish();
    expect([second.uploaded, second.deleted, second.unchanged]).toEqual([0, 0, 8]);
    expect(server.files - before).toBe(1);
  });

  it('after one edit it sends that file and the manifest only', async () => {
    const { dist, remote, publish, server } = await setUp();
    await publish();
    await write(dist, { 'measures/m1/index.html': '<h1>มาตรการ 1 แก้แล้ว</h1>' });
    const before = server.files;
    const summary = await publish();
    expect(summary.plan.map((s) => s.path)).toEqual(['measures/m1/index.html']);
    expect(server.files - before).toBe(2);
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
  });

  it('deletes what the build no longer has, last, and the folder it leaves empty', async () => {
    const { dist, remote, publish } = await setUp();
    await publish();
    await rm(path.join(dist, 'เอกสาร'), { recursive: true });
    await write(dist, { 'index.html': '<p>ใหม่</p>' });
    const summary = await publish();
    expect(summary.plan.map((s) => `${s.action} ${s.path}`)).toEqual([
      'upload index.html',
      'delete เอกสาร/รายงาน ประจำปี 2568.pdf',
    ]);
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
    expect(existsSync(path.join(remote, 'เอกสาร'))).toBe(false);
  });

  it('a connection cut after 3 files, with the host gone, fails clearly; the rerun sends only the rest', async () => {
    await expectResumeAfterHostCut(await setUp(), 3, 8);
  });

  it('reconnects after a dropped connection and finishes in the same run', async () => {
    const { dist, remote, publish, server } = await setUp({ dropAfterFiles: 2 });
    const summary = await publish();
    expect(summary.uploaded).toBe(8);
    expect(server.logins).toBeGreaterThanOrEqual(2);
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
  });

  it('a wrong password stops at once with a Thai/English message and touches nothing', async () => {
    const { remote, publish, server } = await setUp();
    const error = await publish({}, 'wrong').catch((e: Error) => e);
    expect((error as Error).message).toMatch(/ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง[\s\S]*wrong user name or password/);
    expect(server.logins).toBe(0);
    expect(existsSync(remote)).toBe(false);
  });

  it('a full disk is named as such', async () => {
    const { publish } = await setUp({ diskFull: true });
    await expect(publish()).rejects.toThrow(/พื้นที่บนเซิร์ฟเวอร์เต็ม[\s\S]*disk is full/);
  });

  it('a file the server holds short is never renamed into place: named as a full disk, the live copy kept', async () => {
    const { remote, publish, dist, server } = await setUp();
    await publish();
    await write(dist, { 'photos/a.webp': Buffer.alloc(50_000, 7) });
    const live = await readFile(path.join(remote, 'photos', 'a.webp'));
    server.faults.shortFile = 'a.webp';
    await expect(publish()).rejects.toThrow(/พื้นที่บนเซิร์ฟเวอร์เต็ม[\s\S]*photos\/a\.webp: 49999 \/ 50000 bytes/);
    expect(await readFile(path.join(remote, 'photos', 'a.webp'))).toEqual(live);
    expect(existsSync(path.join(remote, 'photos', 'a.webp.ita-upload-tmp'))).toBe(false);
    server.faults.shortFile = undefined;
    await publish();
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
  });

  it('a folder the user may not write to is named, without retrying', async () => {
    const { publish } = await setUp({ denyWrite: true });
    const started = Date.now();
    await expect(publish({ retryDelayMs: 2000 })).rejects.toThrow(/ไม่อนุญาตให้เขียน[\s\S]*refused to write/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('an unreachable host is named as such', async () => {
    const { publish, server } = await setUp();
    await server.close();
    await expect(publish()).rejects.toThrow(/ติดต่อเซิร์ฟเวอร์ไม่ได้[\s\S]*cannot reach the server/);
  });

  it('when the server will not hand back its manifest, the local copy of the last publish is used', async () => {
    const { publish, server } = await setUp();
    await publish();
    server.faults.denyRead = MANIFEST_NAME;
    const warnings: string[] = [];
    const second = await publish({ onWarning: (w) => warnings.push(w) });
    expect(second.manifestFrom).toBe('local copy');
    expect(second.uploaded).toBe(0);
    expect(warnings.join()).toMatch(/using this computer's copy/);
  });

  it('refuses a manifest entry outside the configured folder and deletes nothing', async () => {
    const { remote, publish } = await setUp();
    await publish();
    const outside = path.join(remote, '..', 'keep.txt');
    await writeFile(outside, 'not ours');
    const files = JSON.parse(await readFile(path.join(remote, MANIFEST_NAME), 'utf8')).files;
    await mkdir(remote, { recursive: true });
    await writeFile(
      path.join(remote, MANIFEST_NAME),
      serializeManifest({ ...files, '../keep.txt': { hash: 'x', size: 8 } }),
    );
    await expect(publish()).rejects.toThrow(/outside the configured remote folder/);
    expect(await readFile(outside, 'utf8')).toBe('not ours');
  });
});

describe('publish over ftps', () => {
  async function setUp() {
    const dist = await temp();
    const serverRoot = await temp();
    await write(dist, sampleSite());
    const server = await startFtpServer(serverRoot, PASSWORD, {}, true);
    servers.push(server);
    const publish = async (allowUntrustedCertificate: boolean) => {
      const target = openFtpTarget({
        host: '127.0.0.1',
        port: server.port,
        user: 'clerk',
        password: PASSWORD,
        remotePath: '/ita',
        secure: true,
        allowUntrustedCertificate,
        timeoutSeconds: 5,
      });
      try {
        return await runPublish(dist, target, { attempts: 2, retryDelayMs: 20 });
      } finally {
        await target.close();
      }
    };
    return { dist, remote: path.join(serverRoot, 'ita'), publish };
  }

  it('publishes over TLS byte for byte, and a second run sends nothing', async () => {
    const { dist, remote, publish } = await setUp();
    expect((await publish(true)).uploaded).toBe(8);
    expect(await snapshot(remote)).toEqual(await snapshot(dist));
    expect((await publish(true)).uploaded).toBe(0);
  });

  it('refuses a certificate it cannot check unless publish.yaml allows it, saying so', async () => {
    const { remote, publish } = await setUp();
    await expect(publish(false)).rejects.toThrow(/ใบรับรองความปลอดภัย[\s\S]*allowUntrustedCertificate: true/);
    expect(existsSync(remote)).toBe(false);
  });
});
