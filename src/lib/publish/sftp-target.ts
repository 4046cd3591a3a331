import { createHash } from 'node:crypto';
import SftpClient from 'ssh2-sftp-client';
import type { RemoteLogin } from './ftp-target.ts';
import { openRemoteTarget, type RemoteDriver } from './remote-target.ts';
import { isDiskFull, isNetworkError, PublishError, type PublishTransport } from './transport.ts';

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
  if (/host key|Host denied/i.test(message)) return new PublishError('host-key', message.replace(/^.*?: /, ''));
  if (isDiskFull(error)) return new PublishError('disk-full', message);
  if (code === 3 || code === 'EACCES' || /permission denied/i.test(message))
    return new PublishError('permission', message);
  if (isNetworkError(error) || code === 'ERR_NOT_CONNECTED') return new PublishError('unreachable', message);
  return error;
}

const isMissing = (error: unknown) => {
  const code = (error as { code?: unknown })?.code;
  return code === 2 || code === 'ENOENT' || /no such file/i.test((error as Error)?.message ?? '');
};

/** SFTP through ssh2-sftp-client; files land with mode 0644 (ssh2 would create them 0666), reconnects on a drop. */
export function openSftpTarget(login: SftpLogin): PublishTransport {
  let atomicRename = true;
  const timeoutMs = (login.timeoutSeconds ?? 60) * 1000;
  const driver: RemoteDriver<SftpClient> = {
    async connect(onDropped) {
      // A dropped connection must not crash the process (nor print the library's own lines); the next step reconnects.
      const client = new SftpClient('ita-publish', { error: onDropped, end: onDropped, close: onDropped } as never);
      await client.connect({
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
      (client as unknown as { client: { setNoDelay(on: boolean): void } }).client.setNoDelay(true);
      return client;
    },
    disconnect: async (client) => {
      await client.end().catch(() => {});
    },
    explain,
    isMissing,
    async makeFolder(client, dir) {
      if (!(await client.exists(dir))) await client.mkdir(dir, true);
    },
    send: async (client, source, file) => {
      await client.put(source, file, { writeStreamOptions: { mode: 0o644 } });
    },
    async replace(client, from, to) {
      if (atomicRename) {
        try {
          await client.posixRename(from, to);
          return;
        } catch (error) {
          if (!/does not support/i.test((error as Error).message)) throw error;
          atomicRename = false;
        }
      }
      // Plain SFTP rename refuses an existing target: remove it first (a moment without it).
      await client.delete(to, true);
      await client.rename(from, to);
    },
    async read(client, file) {
      const data = await client.get(file);
      return Buffer.isBuffer(data) ? data : Buffer.from(String(data));
    },
    removeFile: async (client, file) => {
      await client.delete(file, true);
    },
    sizeOf: async (client, file) => (await client.stat(file)).size,
    removeEmptyFolder: async (client, dir) => {
      await client.rmdir(dir);
    },
  };
  return openRemoteTarget(driver, login.remotePath);
}
