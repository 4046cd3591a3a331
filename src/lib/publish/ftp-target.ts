import { Readable, Writable } from 'node:stream';
import path from 'node:path';
import { Client, FTPError } from 'basic-ftp';
import {
  isDiskFull,
  isNetworkError,
  joinInside,
  parentFolders,
  PublishError,
  UPLOAD_SUFFIX,
  type PublishTransport,
} from './transport.ts';

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

const looksMissing = (error: unknown) =>
  error instanceof FTPError &&
  error.code >= 550 &&
  /no such|not found|ENOENT|not exist|cannot find/i.test(error.message);

/** FTP or explicit FTPS through basic-ftp, reconnecting whenever the connection was dropped. */
export function openFtpTarget(login: FtpLogin): PublishTransport {
  let client: Client | undefined;
  const made = new Set<string>();
  const at = (rel: string) => joinInside(login.remotePath, rel);

  async function connected(): Promise<Client> {
    if (client && !client.closed) return client;
    client = new Client((login.timeoutSeconds ?? 60) * 1000);
    await client.access({
      host: login.host,
      port: login.port ?? 21,
      user: login.user,
      password: login.password,
      secure: login.secure ?? false,
      secureOptions: login.secure ? { rejectUnauthorized: !login.allowUntrustedCertificate } : undefined,
    });
    return client;
  }

  /** Runs one step; any failure closes the client so the runner's retry starts on a fresh connection. */
  async function step<T>(work: (c: Client) => Promise<T>): Promise<T> {
    try {
      return await work(await connected());
    } catch (error) {
      if (looksMissing(error)) throw error;
      client?.close();
      client = undefined;
      throw explain(error);
    }
  }

  async function ensureFolder(c: Client, remoteDir: string): Promise<void> {
    if (made.has(remoteDir)) return;
    await c.ensureDir(remoteDir);
    made.add(remoteDir);
  }

  async function put(rel: string, source: () => Readable | string): Promise<void> {
    const final = at(rel);
    await step(async (c) => {
      await ensureFolder(c, path.posix.dirname(final));
      await c.uploadFrom(source(), final + UPLOAD_SUFFIX);
      try {
        await c.rename(final + UPLOAD_SUFFIX, final);
      } catch (error) {
        // Some servers refuse to rename over an existing file: remove it, then rename (a moment without it).
        if (!(error instanceof FTPError)) throw error;
        await c.remove(final, true);
        await c.rename(final + UPLOAD_SUFFIX, final);
      }
    });
  }

  return {
    async readText(rel) {
      const chunks: Buffer[] = [];
      const sink = new Writable({
        write(chunk, _enc, done) {
          chunks.push(chunk as Buffer);
          done();
        },
      });
      try {
        await step((c) => c.downloadTo(sink, at(rel)));
      } catch (error) {
        if (looksMissing(error)) return undefined;
        throw error;
      }
      return Buffer.concat(chunks).toString('utf8');
    },
    upload: (localFile, rel) => put(rel, () => localFile),
    writeText: (rel, text) => put(rel, () => Readable.from([Buffer.from(text)])),
    async remove(rel) {
      await step(async (c) => {
        await c.remove(at(rel), true);
        for (const folder of parentFolders(rel)) {
          try {
            await c.removeEmptyDir(at(folder));
            made.delete(at(folder));
          } catch {
            break;
          }
        }
      });
    },
    async close() {
      client?.close();
      client = undefined;
    },
  };
}
