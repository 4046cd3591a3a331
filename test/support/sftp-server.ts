// A real SFTP server (ssh2's Server class) on 127.0.0.1 serving a folder, for the publish tests.
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import ssh2, { type Connection } from 'ssh2';
import type { ServerFaults, TestServer } from './ftp-server.ts';

const { Server, utils } = ssh2;
const STATUS = utils.sftp.STATUS_CODE;
const hostKey = utils.generateKeyPairSync('ed25519').private;

function attrsOf(stats: Stats) {
  return {
    mode: stats.mode,
    uid: 0,
    gid: 0,
    size: stats.size,
    atime: Math.floor(stats.atimeMs / 1000),
    mtime: Math.floor(stats.mtimeMs / 1000),
  };
}

/**
 * What both SSH test servers do with a new connection: close it while the host is "gone", else let user `clerk` in
 * with `password`, counting logins. False when the connection was refused.
 */
export function admitClerk(client: Connection, password: string, state: TestServer, clients: Set<Connection>): boolean {
  if (state.faults.refusing) {
    client.end();
    return false;
  }
  // Small request/reply packets: without this, Nagle's algorithm and delayed ACKs add ~40 ms to each round trip.
  (client as unknown as { setNoDelay(on: boolean): void }).setNoDelay(true);
  clients.add(client);
  client.on('close', () => clients.delete(client));
  client.on('error', () => {});
  client.on('authentication', (ctx) => {
    if (ctx.method === 'password' && ctx.username === 'clerk' && ctx.password === password) {
      state.logins++;
      ctx.accept();
    } else ctx.reject(['password']);
  });
  return true;
}

export async function startSftpServer(root: string, password: string, faults: ServerFaults = {}): Promise<TestServer> {
  const state: TestServer = { port: 0, faults, logins: 0, files: 0, close: async () => {} };
  let dropped = false;
  const clients = new Set<Connection>();
  const local = (p: string) => {
    const full = path.resolve(root, `.${path.posix.resolve('/', p)}`);
    if (full !== root && !full.startsWith(root + path.sep))
      throw Object.assign(new Error('outside'), { status: STATUS.PERMISSION_DENIED });
    return full;
  };

  const server = new Server({ hostKeys: [hostKey] }, (client) => {
    if (!admitClerk(client, password, state, clients)) return;
    client.on('session', (acceptSession) => {
      acceptSession().on('sftp', (acceptSftp) => {
        const sftp = acceptSftp();
        const handles = new Map<number, { fd?: number; dir?: string[] }>();
        let next = 0;
        const handle = (value: { fd?: number; dir?: string[] }) => {
          const id = next++;
          handles.set(id, value);
          const b = Buffer.alloc(4);
          b.writeUInt32BE(id);
          return b;
        };
        const of = (b: Buffer) => handles.get(b.readUInt32BE(0));
        const run = (reqid: number, work: () => void) => {
          try {
            work();
          } catch (error) {
            const e = error as NodeJS.ErrnoException & { status?: number };
            const status =
              e.status ??
              (e.code === 'ENOENT'
                ? STATUS.NO_SUCH_FILE
                : e.code === 'EACCES'
                  ? STATUS.PERMISSION_DENIED
                  : STATUS.FAILURE);
            sftp.status(reqid, status, e.message);
          }
        };
        sftp.on('OPEN', (reqid, filename, flags) =>
          run(reqid, () => {
            const mode = utils.sftp.flagsToString(flags) ?? 'r';
            if (mode !== 'r') {
              if (faults.diskFull) throw new Error('No space left on device');
              if (faults.denyWrite)
                throw Object.assign(new Error('Permission denied'), { status: STATUS.PERMISSION_DENIED });
              if (faults.dropAfterFiles !== undefined && !dropped && state.files >= faults.dropAfterFiles) {
                dropped = true;
                client.end();
                return;
              }
            } else if (faults.denyRead && filename.endsWith(faults.denyRead)) {
              throw Object.assign(new Error('Permission denied'), { status: STATUS.PERMISSION_DENIED });
            }
            sftp.handle(reqid, handle({ fd: openSync(local(filename), mode) }));
          }),
        );
        sftp.on('WRITE', (reqid, h, offset, data) =>
          run(reqid, () => {
            writeSync(of(h)!.fd!, data, 0, data.length, offset);
            sftp.status(reqid, STATUS.OK);
          }),
        );
        sftp.on('READ', (reqid, h, offset, length) =>
          run(reqid, () => {
            const buf = Buffer.alloc(length);
            const n = readSync(of(h)!.fd!, buf, 0, length, offset);
            if (n === 0) sftp.status(reqid, STATUS.EOF);
            else sftp.data(reqid, buf.subarray(0, n));
          }),
        );
        sftp.on('FSTAT', (reqid, h) => run(reqid, () => sftp.attrs(reqid, attrsOf(fstatSync(of(h)!.fd!)))));
        sftp.on('FSETSTAT', (reqid) => sftp.status(reqid, STATUS.OK));
        sftp.on('SETSTAT', (reqid) => sftp.status(reqid, STATUS.OK));
        sftp.on('CLOSE', (reqid, h) =>
          run(reqid, () => {
            const v = of(h);
            if (v?.fd !== undefined) closeSync(v.fd);
            handles.delete(h.readUInt32BE(0));
            sftp.status(reqid, STATUS.OK);
          }),
        );
        const stat = (reqid: number, p: string) =>
          run(reqid, () => {
            const attrs = attrsOf(statSync(local(p)));
            if (faults.shortFile && p.endsWith(`${faults.shortFile}.ita-upload-tmp`)) attrs.size -= 1;
            sftp.attrs(reqid, attrs);
          });
        sftp.on('STAT', stat);
        sftp.on('LSTAT', stat);
        sftp.on('REALPATH', (reqid, p) =>
          run(reqid, () => {
            const resolved = path.posix.resolve('/', p);
            sftp.name(reqid, [{ filename: resolved, longname: resolved, attrs: {} as never }]);
          }),
        );
        sftp.on('OPENDIR', (reqid, p) => run(reqid, () => sftp.handle(reqid, handle({ dir: readdirSync(local(p)) }))));
        sftp.on('READDIR', (reqid, h) =>
          run(reqid, () => {
            const v = of(h)!;
            if (!v.dir?.length) {
              sftp.status(reqid, STATUS.EOF);
              return;
            }
            const names = v.dir.splice(0);
            sftp.name(
              reqid,
              names.map((filename) => ({ filename, longname: filename, attrs: {} as never })),
            );
          }),
        );
        sftp.on('MKDIR', (reqid, p) =>
          run(reqid, () => {
            mkdirSync(local(p));
            sftp.status(reqid, STATUS.OK);
          }),
        );
        sftp.on('RMDIR', (reqid, p) =>
          run(reqid, () => {
            rmdirSync(local(p));
            sftp.status(reqid, STATUS.OK);
          }),
        );
        sftp.on('REMOVE', (reqid, p) =>
          run(reqid, () => {
            unlinkSync(local(p));
            sftp.status(reqid, STATUS.OK);
          }),
        );
        sftp.on('RENAME', (reqid, from, to) =>
          run(reqid, () => {
            // Plain SFTP v3 rename refuses an existing target, as OpenSSH does without posix-rename.
            let exists = true;
            try {
              statSync(local(to));
            } catch {
              exists = false;
            }
            if (exists) throw new Error('target exists');
            renameSync(local(from), local(to));
            state.files++;
            sftp.status(reqid, STATUS.OK);
          }),
        );
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.port = (server.address() as { port: number }).port;
  state.close = async () => {
    for (const c of clients) c.end();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}
