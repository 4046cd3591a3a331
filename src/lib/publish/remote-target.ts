import { stat } from 'node:fs/promises';
import path from 'node:path';
import { joinInside, parentFolders, PublishError, UPLOAD_SUFFIX, type PublishTransport } from './transport.ts';

/** What a file is made of on its way up: a local file's path, or the bytes themselves. */
export type UploadSource = string | Buffer;

/**
 * The few calls a protocol client (basic-ftp, ssh2-sftp-client) must answer; everything that makes a publish safe —
 * the temporary name and the rename, staying inside the configured folder, reconnecting after a drop, removing
 * emptied folders — is in {@link openRemoteTarget}, once for every protocol. Paths given are full server paths.
 */
export interface RemoteDriver<C> {
  /** Logs in. `onDropped` is called if the connection dies later, so the next step opens a new one. */
  connect(onDropped: () => void): Promise<C>;
  /** False when the library knows the connection is gone (basic-ftp's `closed`); absent means "ask onDropped". */
  isAlive?(client: C): boolean;
  /** Closes a client, dropped or not; never throws. */
  disconnect(client: C): Promise<void>;
  /** Turns what the library threw into a PublishError a clerk can act on, or returns it unchanged. */
  explain(error: unknown): unknown;
  /** The error says the file is not there (a manifest never written yet, a file already deleted). */
  isMissing(error: unknown): boolean;
  makeFolder(client: C, dir: string): Promise<void>;
  send(client: C, source: UploadSource, file: string): Promise<void>;
  /** Renames `from` to `to`, replacing `to` if it exists. */
  replace(client: C, from: string, to: string): Promise<void>;
  read(client: C, file: string): Promise<Buffer>;
  removeFile(client: C, file: string): Promise<void>;
  /** Removes a folder if it is empty; throws otherwise. */
  removeEmptyFolder(client: C, dir: string): Promise<void>;
  /** Bytes the server holds for `file` (following links, as a web server would); undefined if it cannot tell. */
  sizeOf(client: C, file: string): Promise<number | undefined>;
}

/** A publish target on a server, through `driver`; nothing outside `remotePath` is ever touched. */
export function openRemoteTarget<C>(driver: RemoteDriver<C>, remotePath: string): PublishTransport {
  let client: C | undefined;
  const made = new Set<string>();
  const at = (rel: string) => joinInside(remotePath, rel);

  async function connected(): Promise<C> {
    if (client !== undefined && (driver.isAlive?.(client) ?? true)) return client;
    // `let` before the call: the library may report a drop while still connecting, before there is a client.
    let fresh: C | undefined;
    fresh = await driver.connect(() => {
      if (fresh !== undefined && client === fresh) client = undefined;
    });
    client = fresh;
    return fresh;
  }

  /** Runs one step; any failure but "not there" drops the client, so the runner's retry starts on a fresh one. */
  async function step<T>(work: (c: C) => Promise<T>): Promise<T> {
    try {
      return await work(await connected());
    } catch (error) {
      if (driver.isMissing(error)) throw error;
      const dropped = client;
      client = undefined;
      if (dropped !== undefined) await driver.disconnect(dropped);
      throw driver.explain(error);
    }
  }

  /** Under a temporary name first, so a cut connection never leaves a half-written file live. */
  const put = (rel: string, source: UploadSource) => {
    const final = at(rel);
    return step(async (c) => {
      const dir = path.posix.dirname(final);
      if (!made.has(dir)) {
        await driver.makeFolder(c, dir);
        made.add(dir);
      }
      const temporary = final + UPLOAD_SUFFIX;
      await driver.send(c, source, temporary);
      // Checked before the rename, never trusted: ssh2 (the SFTP library) reports success when the server refused a
      // write (OpenSSH answers a full disk with a bare "Failure"), which would make a truncated file live.
      const expected = typeof source === 'string' ? (await stat(source)).size : source.length;
      const kept = await driver.sizeOf(c, temporary);
      if (kept !== undefined && kept !== expected) {
        await driver.removeFile(c, temporary).catch(() => {});
        throw new PublishError('disk-full', `${rel}: ${kept} / ${expected} bytes`);
      }
      await driver.replace(c, temporary, final);
    });
  };

  return {
    async readText(rel) {
      try {
        return (await step((c) => driver.read(c, at(rel)))).toString('utf8');
      } catch (error) {
        if (driver.isMissing(error)) return undefined;
        throw error;
      }
    },
    upload: (localFile, rel) => put(rel, localFile),
    writeText: (rel, text) => put(rel, Buffer.from(text)),
    async remove(rel) {
      await step(async (c) => {
        try {
          await driver.removeFile(c, at(rel));
        } catch (error) {
          if (!driver.isMissing(error)) throw error;
        }
        for (const folder of parentFolders(rel)) {
          try {
            await driver.removeEmptyFolder(c, at(folder));
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
      if (c !== undefined) await driver.disconnect(c);
    },
  };
}
