// `npm run publish` as a clerk runs it: the script in a project folder, against the test FTP server.
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { publishTargetSchema } from '@/schemas/publish.ts';
import { startFtpServer, type TestServer } from '../support/ftp-server.ts';
import { removeTemps, sampleSite, snapshot, temp, write } from '../support/publish-site.ts';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const tsx = pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href;
const PASSWORD = 'Secret-รหัส-4821';
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await removeTemps();
});

async function project(port: number) {
  const root = await temp();
  await write(path.join(root, 'dist'), sampleSite());
  await write(root, {
    'content/publish.yaml': `protocol: ftp\nhost: 127.0.0.1\nport: ${port}\nuser: clerk\nremotePath: /public_html/ita\ntimeoutSeconds: 5\n`,
  });
  return root;
}

async function publish(root: string, env: Record<string, string>, ...args: string[]) {
  const child = run(process.execPath, ['--import', tsx, path.join(repo, 'scripts/publish.ts'), ...args], {
    cwd: root,
    // The project is the working folder, but the code is the repository's: tsx must read the repository's
    // tsconfig (its '@/' alias), not look for one in the temporary project.
    env: { PATH: process.env.PATH ?? '', TSX_TSCONFIG_PATH: path.join(repo, 'tsconfig.json'), ...env },
  });
  try {
    const { stdout, stderr } = await child;
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

/** Every byte under a folder, to look for the password in it. */
async function allText(root: string): Promise<string> {
  let text = '';
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) text += await readFile(path.join(e.parentPath, e.name), 'latin1');
  }
  return text;
}

describe('npm run publish (the command)', () => {
  it('publishes with the password from ITA_PUBLISH_PASSWORD, prints progress and a summary, and never writes the password out', async () => {
    const serverRoot = await temp();
    const server = await startFtpServer(serverRoot, PASSWORD);
    servers.push(server);
    const root = await project(server.port);
    const dry = await publish(root, { ITA_PUBLISH_PASSWORD: PASSWORD }, '--dry-run');
    expect(dry.output).toMatch(/upload\s+เอกสาร\/รายงาน ประจำปี 2568\.pdf\s+\d+ B/);
    expect(dry.output).toMatch(/8 to upload .* 0 to delete; nothing was changed/);
    expect(await readdir(serverRoot)).toEqual([]);

    const first = await publish(root, { ITA_PUBLISH_PASSWORD: PASSWORD });
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/8\/8 ไฟล์ files · 0\.0\/0\.0 MB · [\d.]+ MB\/s · เหลือ ~0 s left/);
    expect(first.output).toMatch(/published: 8 files uploaded \(0\.0 MB\), 0 deleted, 0 unchanged, manifest written/);
    expect(await snapshot(path.join(serverRoot, 'public_html/ita'))).toEqual(await snapshot(path.join(root, 'dist')));

    const wrong = await publish(root, { ITA_PUBLISH_PASSWORD: `${PASSWORD}x` });
    expect(wrong.code).toBe(1);
    expect(wrong.output).toMatch(/ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง[\s\S]*wrong user name or password/);

    for (const text of [dry.output, first.output, wrong.output, await allText(root), await allText(serverRoot)]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(Buffer.from(PASSWORD).toString('latin1'));
    }
  });

  it('reads the password from .publish-secret, and says how to give one when there is none', async () => {
    const serverRoot = await temp();
    const server = await startFtpServer(serverRoot, PASSWORD);
    servers.push(server);
    const root = await project(server.port);
    const none = await publish(root, {});
    expect(none.code).toBe(1);
    expect(none.output).toMatch(
      /ไม่พบรหัสผ่าน[\s\S]*set ITA_PUBLISH_PASSWORD or put the password on one line in .*\.publish-secret/,
    );
    await writeFile(path.join(root, '.publish-secret'), `${PASSWORD}\n`);
    const ok = await publish(root, {});
    expect(ok.code).toBe(0);
    expect(ok.output).not.toContain(PASSWORD);
    const again = await publish(root, {});
    expect(again.output).toMatch(/published: 0 files uploaded \(0\.0 MB\), 0 deleted, 8 unchanged/);
  });

  it('names a missing host and user in publish.yaml before connecting anywhere', async () => {
    const root = await temp();
    await write(root, { 'content/publish.yaml': 'protocol: sftp\nremotePath: /ita\n' });
    const result = await publish(root, { ITA_PUBLISH_PASSWORD: PASSWORD });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/host: ต้องระบุสำหรับ sftp \/ required for sftp/);
    expect(result.output).toMatch(/user: ต้องระบุสำหรับ sftp/);
  });

  it('the example in content/publish.example.yaml is a valid target', async () => {
    const example = publishTargetSchema.parse(
      parse(await readFile(path.join(repo, 'content/publish.example.yaml'), 'utf8')),
    );
    expect(example).toMatchObject({ protocol: 'ftps', remotePath: '/public_html/ita' });
  });
});
