// OpenSSH's own SFTP server (Debian package openssh-sftp-server) behind ssh2's SSH transport on 127.0.0.1: the SFTP
// semantics real hosting has (posix-rename, its error codes, its full-disk answer) without sshd, root or a system user.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import ssh2, { type Connection } from 'ssh2';
import type { ServerFaults, TestServer } from './ftp-server.ts';
import { admitClerk } from './sftp-server.ts';

const { Server, utils } = ssh2;
const hostKey = utils.generateKeyPairSync('ed25519').private;

/** Where Debian puts it; the tests that need it say so in one line where it is missing. */
export const OPENSSH_SFTP_SERVER = '/usr/lib/openssh/sftp-server';
export const haveOpenSshSftpServer = existsSync(OPENSSH_SFTP_SERVER);

const FXP_OPEN = 3;
const FXP_RENAME = 18;
const FXP_EXTENDED = 200;
const FXF_WRITE = 0x02;

/**
 * Reads the client's SFTP requests as they pass (uint32 length, byte type, …) to count files renamed into place and
 * to cut the connection at the first write-open after `dropAfterFiles` of them, as the other test servers do.
 */
function watchRequests(onPacket: (type: number, body: Buffer) => void): (chunk: Buffer) => void {
  let pending = Buffer.alloc(0);
  return (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 5 && pending.length >= 4 + pending.readUInt32BE(0)) {
      const length = pending.readUInt32BE(0);
      onPacket(pending[4]!, pending.subarray(5, 4 + length));
      pending = pending.subarray(4 + length);
    }
  };
}

/** An SFTP server whose paths are this machine's real paths: give the tests an absolute remotePath. */
export async function startOpenSshSftpServer(password: string, faults: ServerFaults = {}): Promise<TestServer> {
  const state: TestServer = { port: 0, faults, logins: 0, files: 0, close: async () => {} };
  const clients = new Set<Connection>();
  const children = new Set<ChildProcess>();
  let dropped = false;

  const server = new Server({ hostKeys: [hostKey] }, (client) => {
    if (!admitClerk(client, password, state, clients)) return;
    client.on('session', (acceptSession) => {
      acceptSession().on('subsystem', (accept, reject, info) => {
        if (info.name !== 'sftp') return reject();
        const channel = accept();
        const child = spawn(OPENSSH_SFTP_SERVER, ['-e', '-l', 'QUIET'], { stdio: ['pipe', 'pipe', 'ignore'] });
        children.add(child);
        child.on('exit', () => {
          children.delete(child);
          channel.close();
        });
        let cut = false;
        const watch = watchRequests((type, body) => {
          if (type === FXP_RENAME) state.files++;
          if (type === FXP_EXTENDED && body.includes('posix-rename@openssh.com')) state.files++;
          if (type === FXP_OPEN && faults.dropAfterFiles !== undefined && !dropped) {
            const nameLength = body.readUInt32BE(4);
            const writing = (body.readUInt32BE(8 + nameLength) & FXF_WRITE) !== 0;
            if (writing && state.files >= faults.dropAfterFiles) {
              dropped = cut = true;
              client.end();
            }
          }
        });
        channel.on('data', (chunk: Buffer) => {
          watch(chunk);
          if (!cut) child.stdin!.write(chunk);
        });
        channel.on('close', () => child.kill());
        child.stdout!.pipe(channel);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.port = (server.address() as { port: number }).port;
  state.close = async () => {
    for (const c of clients) c.end();
    for (const child of children) child.kill();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}
