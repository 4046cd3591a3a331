import { Readable, Writable } from 'node:stream';
import { Client, FTPError } from 'basic-ftp';
import { openRemoteTarget, type RemoteDriver } from './remote-target.ts';
import { isDiskFull, isNetworkError, PublishError, type PublishTransport } from './transport.ts';

export interface RemoteLogin {
  host: string;
  port?: number;
  user: string;
  password: string;
  /** Folder on the server that holds the site; nothing outside it is touched. */
  remotePath: string;
  /** Seconds without progress before a connection counts as dead and is reopened. */
  timeoutSeconds?: number;
}

export interface FtpLogin extends RemoteLogin {
  /** Explicit FTPS (AUTH TLS). */
  secure?: boolean;
  /** Accept a certificate that does not match the host (common on shared hosting); the CLI warns when set. */
  allowUntrustedCertificate?: boolean;
}

/** Turns what basic-ftp throws into a clerk's error; returns the error unchanged when it is nothing we recognise. */
function explain(error: unknown): unknown {
  if (error instanceof PublishError) return error;
  const code = error instanceof FTPError ? error.code : undefined;
  const message = (error as Error)?.message ?? String(error);
  if (code === 530 || code === 331 || code === 332) return new PublishError('auth', message);
  if (isDiskFull(error) || code === 452 || code === 552) return new PublishError('disk-full', message);
  if (/certificate|self[- ]signed|altnames|CERT_/i.test(message)) return new PublishError('certificate', message);
  if (code === 550 && /permission|denied|not allowed/i.test(message)) return new PublishError('permission', message);
  if (isNetworkError(error)) return new PublishError('unreachable', message);
  return error;
}

const isMissing = (error: unknown) =>
  error instanceof FTPError &&
  error.code >= 550 &&
  /no such|not found|ENOENT|not exist|cannot find/i.test(error.message);

/** FTP or explicit FTPS through basic-ftp, reconnecting whenever the connection was dropped. */
export function openFtpTarget(login: FtpLogin): PublishTransport {
  const driver: RemoteDriver<Client> = {
    async connect() {
      const client = new Client((login.timeoutSeconds ?? 60) * 1000);
      try {
        await client.access({
          host: login.host,
          port: login.port ?? 21,
          user: login.user,
          password: login.password,
          secure: login.secure ?? false,
          secureOptions: login.secure ? { rejectUnauthorized: !login.allowUntrustedCertificate } : undefined,
        });
      } catch (error) {
        client.close();
        throw error;
      }
      return client;
    },
    isAlive: (client) => !client.closed,
    disconnect: async (client) => client.close(),
    explain,
    isMissing,
    makeFolder: (client, dir) => client.ensureDir(dir),
    send: async (client, source, file) => {
      await client.uploadFrom(typeof source === 'string' ? source : Readable.from([source]), file);
    },
    async replace(client, from, to) {
      try {
        await client.rename(from, to);
      } catch (error) {
        // Some servers refuse to rename over an existing file: remove it, then rename (a moment without it).
        if (!(error instanceof FTPError)) throw error;
        await client.remove(to, true);
        await client.rename(from, to);
      }
    },
    async read(client, file) {
      const chunks: Buffer[] = [];
      const sink = new Writable({
        write(chunk, _enc, done) {
          chunks.push(chunk as Buffer);
          done();
        },
      });
      await client.downloadTo(sink, file);
      return Buffer.concat(chunks);
    },
    removeFile: async (client, file) => {
      await client.remove(file, true);
    },
    async sizeOf(client, file) {
      try {
        return await client.size(file);
      } catch (error) {
        // SIZE (RFC 3659) is not on every server: "not understood / not implemented" means no check, not a failure.
        if (error instanceof FTPError && error.code >= 500 && error.code <= 504) return undefined;
        throw error;
      }
    },
    removeEmptyFolder: async (client, dir) => {
      await client.removeEmptyDir(dir);
    },
  };
  return openRemoteTarget(driver, login.remotePath);
}
