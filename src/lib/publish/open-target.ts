import path from 'node:path';
import type { PublishTarget } from '@/schemas/publish.ts';
import { openFolderTarget } from './folder-target.ts';
import { openFtpTarget } from './ftp-target.ts';
import { openSftpTarget } from './sftp-target.ts';
import type { PublishTransport } from './transport.ts';

/** Names the target for the local journal: two targets never share one. Holds no password. */
export function describeTarget(target: PublishTarget): string {
  if (target.protocol === 'folder') return `folder:${target.remotePath}`;
  return `${target.protocol}://${target.user ?? ''}@${target.host ?? ''}:${target.port ?? ''}${target.remotePath}`;
}

/** Fields ftp/ftps/sftp need that publish.yaml left out, as clerk-readable lines. */
export function missingFields(target: PublishTarget): string[] {
  if (target.protocol === 'folder') return [];
  return (['host', 'user'] as const)
    .filter((f) => !target[f])
    .map((f) => `${f}: ต้องระบุสำหรับ ${target.protocol} / required for ${target.protocol}`);
}

export interface OpenOptions {
  /** Project folder; a `folder` target's remotePath is relative to it. */
  root: string;
  password?: string;
  onHostKey?: (sha256: string) => void;
}

export function openTarget(target: PublishTarget, options: OpenOptions): PublishTransport {
  if (target.protocol === 'folder') return openFolderTarget(path.resolve(options.root, target.remotePath));
  const login = {
    host: target.host!,
    port: target.port,
    user: target.user!,
    password: options.password ?? '',
    remotePath: target.remotePath,
    timeoutSeconds: target.timeoutSeconds,
  };
  if (target.protocol === 'sftp') {
    return openSftpTarget({ ...login, hostKeySha256: target.hostKeySha256, onHostKey: options.onHostKey });
  }
  return openFtpTarget({
    ...login,
    secure: target.protocol === 'ftps',
    allowUntrustedCertificate: target.allowUntrustedCertificate,
  });
}
