import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file of a built site, as paths relative to it with `/`, sorted. */
export function listDistFiles(dir: string): string[] {
  return walkDist(dir).files;
}

/** The files and the symbolic links of a built site (paths relative to it with `/`, sorted), in one walk. */
export function walkDist(dir: string): { files: string[]; links: string[] } {
  const files: string[] = [];
  const links: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (entry.isFile()) files.push(path);
    else if (entry.isSymbolicLink()) links.push(path);
  }
  return { files: files.sort(), links: links.sort() };
}

const BINARY = /\.(?:jpe?g|png|webp|avif|gif|ico|woff2?|ttf|otf|pdf)$/i;
const TEXT = /\.(?:html?|xml|json|txt|csv|js|mjs|css|svg|webmanifest)$/i;

// Thai text is cut into words for line breaking and search with zero-width spaces and <wbr>;
// a scan for a word or a number must see through them.
// …and the <th-w> elements that keep a Thai word on one line (src/build/thai-breaks/): `npm run check` reads marked pages.
const WORD_BREAKS = /[\u200b\u200c\u200d\u2060\ufeff]|<wbr\s*\/?>|<\/?th-w>/g;

/**
 * The text of a built file as a search engine or a visitor could read it:
 * text files as UTF-8, and gzip files (Pagefind's index and fragments)
 * decompressed, since scanning their bytes would miss every word in them.
 * Word breaks are removed. Binary files (images, fonts, WebAssembly, PDFs) give undefined.
 */
export function readDistText(dir: string, file: string): string | undefined {
  // Not read at all: a photo or a font holds no text, and reading 27,000 resized photos only to look at their
  // first two bytes took 5 s of every build at ten times a typical agency's size.
  if (BINARY.test(file)) return undefined;
  const bytes = readFileSync(join(dir, file));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8').replace(WORD_BREAKS, '');
    } catch {
      return undefined;
    }
  }
  return TEXT.test(file) ? bytes.toString('utf8').replace(WORD_BREAKS, '') : undefined;
}

/**
 * One reading of a built site shared by every check of it: the file list is walked
 * once and each file's text is read (and un-gzipped) at most once, however many
 * checks look at it. Take it after the last step that writes files.
 */
export interface DistSnapshot {
  dir: string;
  /** Every file, relative with `/`, sorted. */
  files: string[];
  /** Symbolic links, relative with `/`, sorted. */
  links: string[];
  /** The file's text as readDistText gives it, remembered. */
  text(file: string): string | undefined;
}

export function snapshotDist(dir: string): DistSnapshot {
  const { files, links } = walkDist(dir);
  const texts = new Map<string, string | undefined>();
  const text = (file: string): string | undefined => {
    if (!texts.has(file)) texts.set(file, readDistText(dir, file));
    return texts.get(file);
  };
  return { dir, files, links, text };
}
