// A real FTP server (ftp-srv) on 127.0.0.1 for the publish tests, with switches to misbehave like real hosting.
import { FileSystem, FtpSrv } from 'ftp-srv';
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/publish');

export interface ServerFaults {
  /** After this many files have landed (renamed into place), drop the connection once. */
  dropAfterFiles?: number;
  /** While true, every new connection is closed at once (a host that went away). */
  refusing?: boolean;
  /** Every upload fails as if the disk were full. */
  diskFull?: boolean;
  /** Every upload is refused (a folder this user may not write to). */
  denyWrite?: boolean;
  /** Downloads of this name are refused (a host that hides dotfiles). */
  denyRead?: string;
  /** A file whose name ends so is reported one byte short while it sits under its temporary name (a write cut short). */
  shortFile?: string;
}

export interface TestServer {
  port: number;
  faults: ServerFaults;
  /** Successful logins, to see reconnects. */
  logins: number;
  /** Files renamed into place since the start. */
  files: number;
  close(): Promise<void>;
}

const quiet = {
  trace() {},
  debug() {},
  info() {},
  warn() {},
  error() {},
  fatal() {},
  child() {
    return quiet;
  },
};

/** With `tls`, the server offers explicit FTPS (AUTH TLS) with the self-signed test certificate. */
export async function startFtpServer(
  root: string,
  password: string,
  faults: ServerFaults = {},
  tls = false,
): Promise<TestServer> {
  const pasvMin = 20000 + Math.floor(Math.random() * 40000);
  // ftp-srv adds process signal handlers per server and never removes them: take them off on close.
  const signals = ['SIGTERM', 'SIGINT', 'SIGQUIT'] as const;
  const before = signals.map((s) => process.listeners(s));
  const server = new FtpSrv({
    url: 'ftp://127.0.0.1:0',
    pasv_url: '127.0.0.1',
    pasv_min: pasvMin,
    pasv_max: pasvMin + 200,
    log: quiet as never,
    greeting: 'test',
    tls: tls
      ? {
          key: readFileSync(path.join(fixtures, 'test-ftps-key.pem')),
          cert: readFileSync(path.join(fixtures, 'test-ftps-cert.pem')),
        }
      : false,
  });
  const state: TestServer = {
    port: 0,
    faults,
    logins: 0,
    files: 0,
    close: async () => {
      await server.close();
      signals.forEach((s, i) =>
        process
          .listeners(s)
          .filter((l) => !before[i]!.includes(l))
          .forEach((l) => process.off(s, l)),
      );
    },
  };
  let dropped = false;

  class FaultyFs extends FileSystem {
    override write(fileName: string, options?: { append?: boolean; start?: unknown }) {
      if (faults.diskFull) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      if (faults.denyWrite) throw new Error('Permission denied');
      if (faults.dropAfterFiles !== undefined && !dropped && state.files >= faults.dropAfterFiles) {
        dropped = true;
        (this.connection as unknown as { commandSocket: Socket }).commandSocket.destroy();
        throw new Error('connection dropped by the test server');
      }
      return super.write(fileName, options);
    }
    override async read(fileName: string, options?: { start?: unknown }) {
      if (faults.denyRead && fileName.endsWith(faults.denyRead)) throw new Error('Permission denied');
      return super.read(fileName, options);
    }
    override async get(fileName: string) {
      const stats = await super.get(fileName);
      if (faults.shortFile && fileName.endsWith(`${faults.shortFile}.ita-upload-tmp`)) stats.size -= 1;
      return stats;
    }
    override async rename(from: string, to: string) {
      const result = await super.rename(from, to);
      state.files++;
      return result;
    }
  }

  server.on('login', ({ connection, username, password: given }, resolve, reject) => {
    if (faults.refusing) {
      (connection as unknown as { commandSocket: Socket }).commandSocket.destroy();
      return reject(new Error('refusing'));
    }
    if (username !== 'clerk' || given !== password) return reject(new Error('Login incorrect'));
    state.logins++;
    resolve({ fs: new FaultyFs(connection, { root, cwd: '/' }) });
  });
  server.on('client-error', () => {});
  await server.listen();
  state.port = (server as unknown as { server: { address(): { port: number } } }).server.address().port;
  return state;
}
