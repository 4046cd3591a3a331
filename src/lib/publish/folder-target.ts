import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What every transport (folder now; FTP/SFTP to come) offers the publish runner. */
export interface PublishTransport {
  readText(rel: string): Promise<string | undefined>;
  /** Puts a local file at `rel`, through a temporary name and a rename so no half-written file is ever live. */
  upload(localFile: string, rel: string): Promise<void>;
  writeText(rel: string, text: string): Promise<void>;
  remove(rel: string): Promise<void>;
  close(): Promise<void>;
}

/** A folder on this computer or a mounted network drive. */
export function openFolderTarget(root: string): PublishTransport {
  const resolve = (rel: string) => {
    const full = path.resolve(root, ...rel.split('/'));
    if (!full.startsWith(path.resolve(root) + path.sep)) {
      throw new Error(`เส้นทาง "${rel}" อยู่นอกโฟลเดอร์ที่กำหนด / path "${rel}" is outside the configured remote folder`);
    }
    return full;
  };
  const putAtomically = async (rel: string, write: (tmp: string) => Promise<void>) => {
    const full = resolve(rel);
    await mkdir(path.dirname(full), { recursive: true });
    const tmp = `${full}.ita-upload-tmp`;
    await write(tmp);
    await rename(tmp, full);
  };
  return {
    async readText(rel) {
      try { return await readFile(resolve(rel), 'utf8'); } catch { return undefined; }
    },
    upload: (localFile, rel) => putAtomically(rel, (tmp) => copyFile(localFile, tmp)),
    writeText: (rel, text) => putAtomically(rel, (tmp) => writeFile(tmp, text)),
    remove: (rel) => rm(resolve(rel), { force: true }),
    close: async () => {},
  };
}
