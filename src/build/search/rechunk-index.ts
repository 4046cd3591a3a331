/**
 * Cuts Pagefind's word index into smaller chunks than Pagefind does.
 *
 * Pagefind sorts its words and cuts them into chunks of about 20,000 positions;
 * a search downloads every chunk that holds one of its words, whole. Our index
 * keys Thai by search units (lib/search/search-units.ts), so a query names six or
 * more words spread over the alphabet: five of the demo's seven chunks, 130 KB,
 * for words whose own positions are a fifth of that. In smaller chunks a query
 * downloads little more than its own words' positions. Same words, same pages,
 * same positions, in Pagefind's own format: only the cut and the file names
 * (content hashes, as Pagefind names them) change, and the meta file that lists
 * the chunks is rewritten to match.
 */
import { createHash } from 'node:crypto';
import { TITLE_SPAN_START } from '@/lib/search/span-keys';
import { readPagefindFile, writePagefindFile, type CborValue } from './pagefind-cbor';

/** One file of Pagefind's output, as `index.getFiles()` gives it. */
export interface PagefindOutputFile {
  path: string;
  content: Uint8Array;
}

/** Positions per chunk. Pagefind's own cut is 20,000. */
export const CHUNK_POSITIONS = 1_000;

/**
 * Positions per chunk of title words (span keys behind TITLE_SPAN_START, lib/search/span-keys.ts). A title
 * span stands on a few pages, a few times each: a chunk of 1,000 positions held 50–100 of them, and a query
 * downloaded one such chunk, 1.1–2.1 KB, for each title span it names, to read 0.1–0.5 KB of its own.
 */
export const TITLE_CHUNK_POSITIONS = 250;

type Word = [string, [number, number[], CborValue[]][], CborValue[]];

const ENTRY = 'pagefind-entry.json';
// Pagefind's meta file: [version, pages, index chunks [from, to, hash], filters, sorts, meta fields].
const META_CHUNKS = 2;

const positionsOf = (word: Word) => word[1].reduce((sum, page) => sum + page[1].length + 1, 0);

// Rust sorts Pagefind's words by their UTF-8 bytes.
const byBytes = (a: Word, b: Word) => Buffer.compare(Buffer.from(a[0]), Buffer.from(b[0]));

/** The shortest prefixes that still tell the last word of one chunk from the first of the next (as Pagefind does). */
function boundaryPrefixes(last: string, first: string): [string, string] {
  const a = [...last];
  const b = [...first];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

function cut(words: Word[], positions: number, titlePositions: number): Word[][] {
  const chunks: Word[][] = [];
  let chunk: Word[] = [];
  let size = 0;
  for (const word of words) {
    chunk.push(word);
    size += positionsOf(word);
    if (size >= (word[0].startsWith(TITLE_SPAN_START) ? titlePositions : positions)) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

const hashOf = (bytes: Uint8Array, length: number) => createHash('sha256').update(bytes).digest('hex').slice(0, length);

/**
 * Pagefind's output with the word index of each language cut into chunks of about
 * `positions` positions (`titlePositions` for title words); every other file is passed through unchanged.
 */
export function rechunkIndex(
  files: readonly PagefindOutputFile[],
  positions = CHUNK_POSITIONS,
  titlePositions = TITLE_CHUNK_POSITIONS,
): PagefindOutputFile[] {
  const entryFile = files.find((f) => f.path === ENTRY);
  if (!entryFile) throw new Error(`Pagefind wrote no ${ENTRY}`);
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const byPath = new Map(files.map((f) => [f.path, f]));
  const replaced = new Set<string>([ENTRY]);
  const added: PagefindOutputFile[] = [];
  for (const language of Object.values(entry.languages)) {
    const metaPath = `pagefind.${language.hash}.pf_meta`;
    const metaFile = byPath.get(metaPath);
    if (!metaFile) throw new Error(`Pagefind wrote no ${metaPath}`);
    const meta = readPagefindFile(metaFile.content) as CborValue[];
    const listed = meta[META_CHUNKS] as [string, string, string][];
    const words: Word[] = [];
    for (const [, , hash] of listed) {
      const path = `index/${hash}.pf_index`;
      const file = byPath.get(path);
      if (!file) throw new Error(`Pagefind's meta file lists ${path}, which it did not write`);
      words.push(...((readPagefindFile(file.content) as CborValue[])[0] as Word[]));
      replaced.add(path);
    }
    words.sort(byBytes);
    const prefix = language.hash.slice(0, language.hash.indexOf('_') + 1);
    const chunks = cut(words, positions, titlePositions).map((chunk) => {
      const content = writePagefindFile([chunk]);
      return { chunk, content, hash: `${prefix}${hashOf(content, 7)}` };
    });
    const hashes = new Set<string>();
    for (const c of chunks) {
      // Two chunks never have the same words, so their contents differ; a short-hash clash takes a longer hash.
      if (hashes.has(c.hash)) c.hash = `${prefix}${hashOf(c.content, 16)}`;
      hashes.add(c.hash);
      added.push({ path: `index/${c.hash}.pf_index`, content: c.content });
    }
    meta[META_CHUNKS] = chunks.map((c, i) => {
      const from = i === 0 ? c.chunk[0]![0] : boundaryPrefixes(chunks[i - 1]!.chunk.at(-1)![0], c.chunk[0]![0])[1];
      const to =
        i === chunks.length - 1
          ? c.chunk.at(-1)![0]
          : boundaryPrefixes(c.chunk.at(-1)![0], chunks[i + 1]!.chunk[0]![0])[0];
      return [from, to, c.hash];
    });
    const metaContent = writePagefindFile(meta);
    language.hash = `${prefix}${hashOf(metaContent, 10)}`;
    replaced.add(metaPath);
    added.push({ path: `pagefind.${language.hash}.pf_meta`, content: metaContent });
  }
  added.push({ path: ENTRY, content: Buffer.from(JSON.stringify(entry)) });
  return [...files.filter((f) => !replaced.has(f.path)), ...added];
}
