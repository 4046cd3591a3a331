import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { listFiles } from '../../src/lib/validate/read-content';

export interface SearchFigures {
  indexBytes: number;
  indexFiles: number;
  /** Bytes of /pagefind/ files fetched for each query, in order (the second reuses what the first loaded). */
  queries: { query: string; results: number; bytes: number; requests: number }[];
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/** Serves `outDir` under `base` on a free local port. */
export function serveSite(outDir: string, base: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? join(outDir, normalize(path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(outDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

/**
 * Pagefind's index size, and the bytes a visitor's browser fetches for a first
 * and a second query: Pagefind's own API run in Chromium, loading the first
 * five results as a results list does. Returns undefined when the site has no index.
 */
export async function measureSearch(outDir: string, base: string, queries: string[]): Promise<SearchFigures | undefined> {
  const indexDir = join(outDir, 'pagefind');
  if (!existsSync(join(indexDir, 'pagefind.js'))) return undefined;
  const files = listFiles(indexDir, /./);
  const figures: SearchFigures = { indexBytes: files.reduce((sum, f) => sum + statSync(f).size, 0), indexFiles: files.length, queries: [] };
  const { server, origin } = await serveSite(outDir, base);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'bench-chromium-'))}`],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}${base}`);
    let bytes = 0;
    let requests = 0;
    page.on('response', (response) => {
      if (!response.url().includes('/pagefind/')) return;
      requests++;
      void response.body().then((body) => (bytes += body.length), () => undefined);
    });
    for (const query of queries) {
      bytes = 0;
      requests = 0;
      const results = await page.evaluate(async ({ url, q }) => {
        const w = window as unknown as { __pf?: Promise<{ search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> }> };
        w.__pf ??= import(/* @vite-ignore */ url);
        const pagefind = await w.__pf;
        const found = await pagefind.search(q);
        await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
        return found.results.length;
      }, { url: `${origin}${base}pagefind/pagefind.js`, q: query });
      await page.waitForLoadState('networkidle');
      await new Promise((r) => setTimeout(r, 200));
      figures.queries.push({ query, results, bytes, requests });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return figures;
}
