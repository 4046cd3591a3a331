import type { ImageMetadata } from 'astro';
import { imageMetadata } from 'astro/assets/utils';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { FileStateCache } from '@/lib/cache/file-state-cache';

/** What the build needs to know of an original photo without reading it again. */
export interface PhotoFacts {
  /** First 10 hex digits of the SHA-256 of the file: a changed photo gets new output names. */
  hash: string;
  /** Size as displayed, after the camera's orientation tag is applied. */
  width: number;
  height: number;
  format: ImageMetadata['format'];
  orientation?: number;
}

/**
 * Reads a photo's content hash and size once, then remembers them by the
 * file's size and time in `cacheDir`, so a rebuild reads no original photo
 * at all (a typical agency has 600 phone photos, 2.4 GB).
 */
export async function readPhotoFacts(path: string, cacheDir: string): Promise<PhotoFacts> {
  const cache = FileStateCache.shared<PhotoFacts>(join(cacheDir, 'photo-facts.json'));
  const known = cache.get(path);
  if (known) return known;
  const bytes = readFileSync(path);
  const { width, height, format, orientation } = await imageMetadata(bytes, path);
  const facts: PhotoFacts = {
    hash: createHash('sha256').update(bytes).digest('hex').slice(0, 10),
    width,
    height,
    format,
  };
  if (orientation !== undefined) facts.orientation = orientation;
  cache.set(path, facts);
  return facts;
}

/** Where the build places an original while its resized copies are made: `_astro/evidence/<dir>/<name>.<hash>.<ext>`. */
export function stagedOriginalPath(file: string, hash: string): string {
  const { dir, name, ext } = posix.parse(file);
  return posix.join('_astro/evidence', dir, `${name}.${hash}${ext}`);
}

/**
 * Lets Astro's image pipeline read an original photo from the output folder
 * without copying it there: a symbolic link (where the system refuses one, as
 * Windows does without Developer Mode, a hard link, and failing that a copy).
 * Astro reads the original only for a resize it has not cached, and deletes
 * it once every resize is made; the build then checks that none is left
 * (src/lib/checks/dist-images.ts).
 */
export function linkOriginal(outDir: string, stagedPath: string, fsPath: string): void {
  const link = join(outDir, stagedPath);
  if (existsSync(link) || isLink(link)) return;
  mkdirSync(dirname(link), { recursive: true });
  try {
    placeOriginal(fsPath, link);
  } catch (error) {
    // Pages render concurrently: another page may have linked the same photo a moment ago.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

function placeOriginal(fsPath: string, link: string): void {
  try {
    symlinkSync(fsPath, link);
    return;
  } catch (error) {
    if (!['EPERM', 'EACCES', 'ENOTSUP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
  try {
    linkSync(fsPath, link);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    copyFileSync(fsPath, link);
  }
}

/** True for the name of an original staged by linkOriginal (`name.<10 hex>.jpg`); resized copies add `_<transform>`. */
export function isStagedOriginalName(path: string): boolean {
  return /^_astro\/evidence\/.+\.[0-9a-f]{10}\.[a-z0-9]+$/i.test(path);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
