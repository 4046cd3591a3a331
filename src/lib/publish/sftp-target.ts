import { createHash } from 'node:crypto';
import path from 'node:path';
import SftpClient from 'ssh2-sftp-client';
import type { RemoteLogin } from './ftp-target.ts';
import {
  isDiskFull,
  isNetworkError,
  joinInside,
  parentFolders,
  PublishError,
  UPLOAD_SUFFIX,
  type PublishTransport,
} from './transport.ts';

export interface SftpLogin extends RemoteLogin {
  /** SHA-256 fingerprint (base64, as `ssh-keygen -lf` prints after "SHA256:") the server's host key must have. */
  hostKeySha256?: string;
  /** Told the fingerprint of the key the server showed, so the CLI can print it for publish.yaml. */
  onHostKey?: (sha256: string) => void;
}

function explain(error: unknown): unknown {
  if (error instanceof PublishError) return error;
  const message = (error as Error)?.message ?? String(error);
  const code = (error as { code?: unknown })?.code;
  if (
    /authentication|ERR_BAD_AUTH|All configured authentication methods failed/i.test(message) ||
    code === 'ERR_BAD_AUTH'
  ) {
    return new PublishError('auth', message.replace(/^.*?: /, ''));
  }
  if (/host key/i.test(message)) return new PublishError('auth', message);
  if (isDiskFull(error)) return new PublishError('disk-full', message);
  if (code === 3 || code === 'EACCES' || /permission denied/i.test(message))
    return new PublishError('permission', message);
  if (isNetworkError(error) || code === 'ERR_NOT_CONNECTED') return new PublishError('unreachable', message);
  return error;
}

const looksMissing = (error: unknown) => {
  const code = (error as { code?: unknown })?.code;
  return code === 2 || code === 'ENOENT' || /no such file/i.test((error as Error)?.message ?? '');
};

/** SFTP through ssh2-sftp-client; files land with mode 0644 (ssh2 would create them 0666), reconnects on a drop. */
export function openSftpTarget(login: SftpLogin): PublishTransport {
  let client: SftpClient | undefined;
  let atomicRename = true;
  const made = new Set<string>();
  const at = (rel: string) => joinInside(login.remotePath, rel);
  const timeoutMs = (login.timeoutSeconds ?? 60) * 1000;

  async function connected(): Promise<SftpClient> {
    if (client) return client;
    // A dropped connection must not crash the process (nor print the library's own lines); the next step reconnects.
    const forget = () => {
      if (client === fresh) client = undefined;
    };
    const fresh: SftpClient = new SftpClient('ita-publish', { error: forget, end: forget, close: forget } as never);
    await fresh.connect({
      host: login.host,
      port: login.port ?? 22,
      username: login.user,
      password: login.password,
      readyTimeout: timeoutMs,
      keepaliveInterval: 10_000,
      keepaliveCountMax: Math.max(3, Math.round(timeoutMs / 10_000)),
      retries: 0,
      hostVerifier: (key: Buffer) => {
        const sha256 = createHash('sha256').update(key).digest('base64').replace(/=+$/, '');
        login.onHostKey?.(sha256);
        return !login.hostKeySha256 || login.hostKeySha256.replace(/^SHA256:/, '').replace(/=+$/, '') === sha256;
      },
    });
    // Each file is several small request/reply round trips: without this, Nagle's algorithm adds ~40 ms to each.
    (fresh as unknown as { client: { setNoDelay(on: boolean): void } }).client.setNoDelay(true);
    client = fresh;
    return fresh;
  }

  async function step<T>(work: (c: SftpClient) => Promise<T>): Promise<T> {
    try {
      return await work(await connected());
    } catch (error) {
      if (looksMissing(error)) throw error;
      const dropped = client;
      client = undefined;
      await dropped?.end().catch(() => {});
      throw explain(error);
    }
  }

  async function ensureFolder(c: SftpClient, remoteDir: string): Promise<void> {
    if (made.has(remoteDir)) return;
    if (!(await c.exists(remoteDir))) await c.mkdir(remoteDir, true);
    made.add(remoteDir);
  }

  async function put(rel: string, source: string | Buffer): Promise<void> {
    const final = at(rel);
    await step(async (c) => {
      await ensureFolder(c, path.posix.dirname(final));
      await c.put(source, final + UPLOAD_SUFFIX, { writeStreamOptions: { mode: 0o644 } });
      if (atomicRename) {
        try {
          await c.posixRename(final + UPLOAD_SUFFIX, final);
          return;
        } catch (error) {
          if (!/does not support/i.test((error as Error).message)) throw error;
          atomicRename = false;
        }
      }
      // Plain SFTP rename refuses an existing target: remove it first (a moment without it).
      await c.delete(final, true);
      await c.rename(final + UPLOAD_SUFFIX, final);
    });
  }

  return {
    async readText(rel) {
      try {
        const data = await step((c) => c.get(at(rel)));
        return Buffer.isBuffer(data) ? data.toString('utf8') : String(data);
      } catch (error) {
        if (looksMissing(error)) return undefined;
        throw error;
      }
    },
    upload: (localFile, rel) => put(rel, localFile),
    writeText: (rel, text) => put(rel, Buffer.from(text)),
    async remove(rel) {
      await step(async (c) => {
        await c.delete(at(rel), true);
        for (const folder of parentFolders(rel)) {
          try {
            await c.rmdir(at(folder));
            made.delete(at(folder));
          } catch {
            break;
          }
        }
      });
    },
    async close() {
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}
