import { copyFile, mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDiskFull, parentFolders, PublishError, UPLOAD_SUFFIX, type PublishTransport } from './transport.ts';

export type { PublishTransport } from './transport.ts';

/** A folder on this computer or a mounted network drive. */
export function openFolderTarget(root: string): PublishTransport {
  const resolve = (rel: string) => {
    const full = path.resolve(root, ...rel.split('/'));
    if (!full.startsWith(path.resolve(root) + path.sep)) throw new PublishError('outside', rel);
    return full;
  };
  const putAtomically = async (rel: string, write: (tmp: string) => Promise<void>) => {
    const full = resolve(rel);
    await mkdir(path.dirname(full), { recursive: true });
    const tmp = `${full}${UPLOAD_SUFFIX}`;
    try {
      await write(tmp);
    } catch (error) {
      if (isDiskFull(error)) throw new PublishError('disk-full', (error as Error).message);
      throw error;
    }
    await rename(tmp, full);
  };
  return {
    async readText(rel) {
      try {
        return await readFile(resolve(rel), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    upload: (localFile, rel) => putAtomically(rel, (tmp) => copyFile(localFile, tmp)),
    writeText: (rel, text) => putAtomically(rel, (tmp) => writeFile(tmp, text)),
    async remove(rel) {
      await rm(resolve(rel), { force: true });
      for (const folder of parentFolders(rel)) {
        try {
          await rmdir(resolve(folder));
        } catch {
          break;
        }
      }
    },
    close: async () => {},
  };
}
