import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser';
import { serveHosted, type Served } from '../support/serve-hosted';
import { listFiles } from '@/lib/validate/read-content';

/** The queries `npm run bench` measures: the first arrives in the address, the second is typed on the same page. */
export const SEARCH_QUERIES = ['งบประมาณ', 'ร้องเรียน'];

/** What a Pagefind file is for, as the first-query breakdown names it. */
export type SearchPart = 'wasm' | 'code' | 'meta' | 'filters' | 'index' | 'fragments';
export const SEARCH_PARTS: SearchPart[] = ['wasm', 'code', 'meta', 'filters', 'index', 'fragments'];

/** Bytes of one query: as sent (after the hosting's gzip), as decoded, per part. */
export interface QueryBytes {
  query: string;
  results: number;
  requests: number;
  /** Bytes on the wire. */
  bytes: number;
  /** Bytes after gzip is undone (what the browser parses). */
  decoded: number;
  parts: Record<SearchPart, { files: number; sent: number; decoded: number }>;
}

export interface SearchFigures {
  indexBytes: number;
  indexFiles: number;
  /** Each query, in order (the second reuses what the first loaded). */
  queries: QueryBytes[];
}

/** Which part of the search a Pagefind file belongs to. */
export function searchPartOf(path: string): SearchPart {
  if (/\.pagefind$/.test(path)) return 'wasm';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/\.pf_index$/.test(path)) return 'index';
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(path)) return 'meta';
  return 'code';
}

// Pagefind's own files (.pf_*, wasm) are gzip inside; the browser's pagefind.js unpacks them.
function decodedSize(file: string): number {
  const bytes = readFileSync(file);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).byteLength : bytes.byteLength;
}

const emptyParts = (): QueryBytes['parts'] =>
  Object.fromEntries(SEARCH_PARTS.map((p) => [p, { files: 0, sent: 0, decoded: 0 }])) as QueryBytes['parts'];

/**
 * Pagefind's index size, and the bytes of /pagefind/ files a visitor's
 * browser fetches for a first and a second query on the site's search page
 * in Chromium, served with the site's .htaccess headers and gzip. Returns
 * undefined when the site has no index.
 */
export async function measureSearch(
  outDir: string,
  base: string,
  queries: string[],
): Promise<SearchFigures | undefined> {
  const indexDir = join(outDir, 'pagefind');
  if (!existsSync(join(indexDir, 'pagefind.js'))) return undefined;
  const files = listFiles(indexDir, /./);
  const figures: SearchFigures = {
    indexBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
    indexFiles: files.length,
    queries: [],
  };
  let current: QueryBytes | undefined;
  // Counted where the files leave the server, so what the browser already holds is not counted again.
  const site = await serveHosted(outDir, base, ({ path, sent }: Served) => {
    if (!current || !path.includes('/pagefind/')) return;
    const decoded = decodedSize(join(outDir, path.slice(base.length)));
    const part = current.parts[searchPartOf(path)];
    part.files++;
    part.sent += sent;
    part.decoded += decoded;
    current.requests++;
    current.bytes += sent;
    current.decoded += decoded;
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const settle = async (): Promise<number> => {
      await page.waitForLoadState('networkidle');
      await new Promise((r) => setTimeout(r, 500));
      await page.waitForLoadState('networkidle');
      return page.locator('[data-search-results] a[href]').count();
    };
    // The search page itself, as a reader uses it: the first query arrives in the address (?q=),
    // the second is typed into the same page, reusing what the first loaded.
    for (const [i, query] of queries.entries()) {
      current = { query, results: 0, requests: 0, bytes: 0, decoded: 0, parts: emptyParts() };
      if (i === 0) await page.goto(`${site.origin}${base}search/?q=${encodeURIComponent(query)}`);
      else {
        await page.locator('#search-q').fill(query);
        await page.locator('#search-q').press('Enter');
        await new Promise((r) => setTimeout(r, 1500));
      }
      current.results = await settle();
      figures.queries.push(current);
    }
  } finally {
    await browser.close();
    site.close();
  }
  return figures;
}
