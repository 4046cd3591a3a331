import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Name of the manifest kept at the root of the published folder; written last, so it always describes a complete site. */
export const MANIFEST_NAME = '.ita-publish.json';

export interface ManifestEntry {
  hash: string;
  size: number;
}
/** Published file (POSIX path relative to the site root) → its content hash and size. */
export type Manifest = Record<string, ManifestEntry>;

/** Hashes every file under `root` (hidden files such as .htaccess included), skipping a stale manifest. */
export async function hashFolder(root: string): Promise<Manifest> {
  const manifest: Manifest = {};
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (rel === MANIFEST_NAME) continue;
    const bytes = await readFile(full);
    manifest[rel] = { hash: createHash('sha256').update(bytes).digest('hex'), size: (await stat(full)).size };
  }
  return manifest;
}

/** Reads a manifest's JSON text; anything unreadable counts as "nothing published yet" so every file is sent. */
export function parseManifest(text: string | undefined): Manifest {
  if (!text) return {};
  try {
    const data = JSON.parse(text) as { files?: Manifest };
    return data.files ?? {};
  } catch {
    return {};
  }
}

export function serializeManifest(files: Manifest): string {
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify({ version: 1, files: sorted }, null, 1);
}
