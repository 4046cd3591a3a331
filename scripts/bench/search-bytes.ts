import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { launchBrowser } from '../support/browser';
import { listFiles } from '../../src/lib/validate/read-content';

export interface SearchFigures {
  indexBytes: number;
  indexFiles: number;
  /** Bytes of /pagefind/ files fetched for each query, in order (the second reuses what the first loaded). */
  queries: { query: string; results: number; bytes: number; requests: number }[];
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/** Serves `outDir` under `base` on a free local port. */
export function serveSite(outDir: string, base: string, onServed: (path: string, bytes: number) => void = () => undefined): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? join(outDir, normalize(path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(outDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    onServed(path, statSync(file).size);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

/**
 * Pagefind's index size, and the bytes of /pagefind/ files a visitor's
 * browser fetches for a first and a second query on the site's search page
 * in Chromium. Returns undefined when the site has no index.
 */
export async function measureSearch(outDir: string, base: string, queries: string[]): Promise<SearchFigures | undefined> {
  const indexDir = join(outDir, 'pagefind');
  if (!existsSync(join(indexDir, 'pagefind.js'))) return undefined;
  const files = listFiles(indexDir, /./);
  const figures: SearchFigures = { indexBytes: files.reduce((sum, f) => sum + statSync(f).size, 0), indexFiles: files.length, queries: [] };
  // Counted where the files leave the server, so what the browser already holds is not counted again.
  let bytes = 0;
  let requests = 0;
  const { server, origin } = await serveSite(outDir, base, (path, size) => {
    if (!path.includes('/pagefind/')) return;
    bytes += size;
    requests++;
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
      bytes = 0;
      requests = 0;
      if (i === 0) await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
      else {
        await page.locator('input[name="q"]').first().fill(query);
        await page.locator('input[name="q"]').first().press('Enter');
        await new Promise((r) => setTimeout(r, 1500));
      }
      const results = await settle();
      figures.queries.push({ query, results, bytes, requests });
    }
  } finally {
    await browser.close();
    // Keep-alive connections would otherwise keep the process running after the report.
    server.closeAllConnections();
    server.close();
  }
  return figures;
}
