import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES } from './content-types';

/** Resolves a request path under `base` to a file in `root`, the way shared hosting does (dir → index.html). */
export function resolveFile(root: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, rel);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** `_headers` rules: a path pattern (`*` = anything) and the headers it adds. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      rules.push({ pattern: new RegExp(`^${escaped.replace(/\*/g, '.*')}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** A built site served on 127.0.0.1; it records every path asked for. */
export interface StaticSite {
  /** `http://127.0.0.1:<port>`; the site itself is at `${origin}${base}`. */
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

/**
 * The one static server of the tests: serves `dir` under its sub-path `base` (like /ita/) as shared hosting
 * would (a folder → its index.html, anything missing → 404.html with status 404). `headers: true` adds
 * exactly the headers the site's own `_headers` file declares, so a browser sees the Content-Security-Policy
 * the site ships with.
 */
export async function serveStatic(dir: string, base: string, options: { headers?: boolean } = {}): Promise<StaticSite> {
  const rules = options.headers ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const headers: Record<string, string> = {};
    for (const rule of rules) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) headers[k] = v;
    const file = resolveFile(dir, base, path);
    if (file) {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
      return;
    }
    res.writeHead(404, { ...headers, 'content-type': CONTENT_TYPES['.html']! });
    res.end(await readFile(join(dir, '404.html')).catch(() => 'not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
