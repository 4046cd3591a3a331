/**
 * The word index cut into smaller chunks than Pagefind's own: same answers from
 * pagefind.js, every chunk listed once in the meta file, a search downloads less.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/build/search/build-search-index';
import { encodePagefindFile, readPagefindFile, type CborValue } from '@/build/search/pagefind-cbor';
import { openNodeSearch } from '@/build/search/pagefind-node';
import { rechunkIndex, type PagefindOutputFile } from '@/build/search/rechunk-index';
import type { BuildContext } from '@/build/steps';
import { TITLE_SPAN_START } from '@/lib/search/span-keys';
import type { ValidatedContent } from '@/lib/validate/validate-content';

const fixture = join(import.meta.dirname, '../fixtures/search/site');
const content = {
  organisation: { data: { digits: 'thai' } },
  frameworks: [],
  measures: [],
  announcements: [],
  assessments: [],
  reports: [],
} as unknown as ValidatedContent;
const QUERIES = ['ทรัพย์สิน', 'ของขวัญ', 'งบประมาณ', 'ปี', 'No Gift Policy', '2568', 'การ', 'ไม่มีคำนี้ในเว็บ'];
const SMALL = 40;
/** Title words are cut smaller still (rechunk-index.ts, TITLE_CHUNK_POSITIONS). */
const SMALL_TITLE = 15;

let built: string;
let recut: string;
const bundleOf = (site: string) => join(site, 'pagefind');

function readBundle(site: string): PagefindOutputFile[] {
  return readdirSync(bundleOf(site), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { path: relative(bundleOf(site), file).split('\\').join('/'), content: readFileSync(file) };
    });
}
const metaOf = (files: readonly PagefindOutputFile[]) =>
  readPagefindFile(files.find((f) => f.path.endsWith('.pf_meta'))!.content) as CborValue[];
type Word = [string, [number, number[], CborValue[]][], CborValue[]];
const wordsOf = (files: readonly PagefindOutputFile[]) =>
  files
    .filter((f) => f.path.endsWith('.pf_index'))
    .flatMap((f) => (readPagefindFile(f.content) as [Word[]])[0])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));

async function answers(site: string) {
  const search = await openNodeSearch(site);
  const found: Record<string, string[]> = {};
  for (const q of QUERIES) found[q] = (await search.search(q)).map((r) => `${r.url} ${r.excerpt}`).sort();
  await search.close();
  return found;
}

/** Index bytes a fresh page downloads for one query. */
async function indexBytesFor(site: string, typed: string): Promise<number> {
  const search = await openNodeSearch(site);
  await search.search(typed);
  const fetched = search.fetches().filter((f) => f.path.endsWith('.pf_index'));
  await search.close();
  return fetched.reduce((sum, f) => sum + f.bytes, 0);
}

beforeAll(async () => {
  built = mkdtempSync(join(tmpdir(), 'rechunk-built-'));
  cpSync(fixture, built, { recursive: true });
  const context = {
    root: built,
    outDir: built,
    site: 'https://example.go.th',
    base: '/',
    content,
    strict: false,
    offline: true,
  };
  expect(await buildSearchIndex(context satisfies BuildContext)).toEqual([]);
  recut = mkdtempSync(join(tmpdir(), 'rechunk-small-'));
  cpSync(built, recut, { recursive: true });
  rmSync(bundleOf(recut), { recursive: true });
  for (const file of rechunkIndex(readBundle(built), SMALL, SMALL_TITLE)) {
    mkdirSync(dirname(join(bundleOf(recut), file.path)), { recursive: true });
    writeFileSync(join(bundleOf(recut), file.path), file.content);
  }
});
afterAll(() => {
  for (const dir of [built, recut]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Pagefind files read and written back', () => {
  it('gives back every meta, index and filter file byte for byte', () => {
    const files = readBundle(built).filter((f) => /\.pf_(meta|index|filter)$/.test(f.path));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files)
      expect(encodePagefindFile(readPagefindFile(file.content)).equals(gunzipSync(file.content)), file.path).toBe(true);
  });
});

describe('rechunkIndex', () => {
  it('keeps every word with its pages and positions, in chunks of about the size asked (title words smaller), each listed once', () => {
    const before = readBundle(built);
    const after = readBundle(recut);
    expect(wordsOf(after)).toEqual(wordsOf(before));
    const chunks = after.filter((f) => f.path.endsWith('.pf_index'));
    expect(chunks.length).toBeGreaterThan(before.filter((f) => f.path.endsWith('.pf_index')).length);
    const listed = (metaOf(after)[2] as string[][]).map(([, , hash]) => `index/${hash}.pf_index`);
    expect(listed.sort()).toEqual(chunks.map((f) => f.path).sort());
    let titleChunks = 0;
    for (const chunk of chunks) {
      const words = (readPagefindFile(chunk.content) as [Word[]])[0];
      const positions = words.map((w) => w[1].reduce((sum, page) => sum + page[1].length + 1, 0));
      // A chunk closes at the word that reaches the size, so only its last word may carry it over.
      const titles = words.every((w) => w[0].startsWith(TITLE_SPAN_START));
      if (titles) titleChunks++;
      expect(
        positions.slice(0, -1).reduce((a, b) => a + b, 0),
        chunk.path,
      ).toBeLessThan(titles ? SMALL_TITLE : SMALL);
    }
    expect(titleChunks).toBeGreaterThan(1);
    // The entry file names the rewritten meta file; the meta's other parts (pages, filters) are unchanged.
    const entry = JSON.parse(readFileSync(join(bundleOf(recut), 'pagefind-entry.json'), 'utf8'));
    expect(after.some((f) => f.path === `pagefind.${entry.languages.th.hash}.pf_meta`)).toBe(true);
    expect(metaOf(after).filter((_, i) => i !== 2)).toEqual(metaOf(before).filter((_, i) => i !== 2));
  });

  it('finds the same pages with the same excerpts, downloading fewer index bytes', async () => {
    const original = await answers(built);
    const small = await answers(recut);
    expect(original['ทรัพย์สิน']!.length).toBeGreaterThan(0);
    expect(original['ไม่มีคำนี้ในเว็บ']).toEqual([]);
    expect(small).toEqual(original);
    expect(await indexBytesFor(recut, '2568')).toBeLessThan(await indexBytesFor(built, '2568'));
  });
});
