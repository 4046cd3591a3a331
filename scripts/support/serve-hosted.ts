import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Serves a built site the way Apache shared hosting would with the site's own
 * `.htaccess`: its response headers (plain, then `<FilesMatch>`, then `<If>`
 * sections, Apache's merge order) and gzip for the types it DEFLATEs. Only the
 * directives our `.htaccess` uses are read; HTTPS-only and rewrite rules never
 * apply on this plain-HTTP local server. Benchmarks (search bytes, Lighthouse)
 * measure through it, so their figures are "as sent".
 */

interface HeaderRule {
  name: string;
  value: string;
  /** `FilesMatch` pattern on the file name, or `If` pattern on the request path. */
  files?: RegExp;
  path?: RegExp;
}

/** What our `.htaccess` tells Apache, read into rules. */
export interface HostingRules {
  headers: HeaderRule[];
  /** Content types sent compressed (mod_deflate). */
  deflate: Set<string>;
  types: Map<string, string>;
  /** `FilesMatch` patterns whose files Apache refuses to serve (`Require all denied` / `Deny from all`): 403. */
  denied: RegExp[];
}

const BASE_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.ico': 'image/x-icon',
};

/** Reads the rules of an `.htaccess` text. */
export function readHostingRules(text: string): HostingRules {
  const rules: HostingRules = { headers: [], deflate: new Set(), types: new Map(), denied: [] };
  let files: RegExp | undefined;
  let path: RegExp | undefined;
  let skip = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const filesMatch = /^<FilesMatch\s+"(.+)">$/.exec(line);
    const ifPath = /^<If\s+"%\{REQUEST_URI\}\s+=~\s+m#(.+)#">$/.exec(line);
    if (filesMatch) files = new RegExp(filesMatch[1]!);
    else if (ifPath) path = new RegExp(ifPath[1]!);
    else if (/^<If\b/.test(line)) skip = true;
    else if (/^<\/FilesMatch>/.test(line)) files = undefined;
    else if (/^<\/If>/.test(line)) ((path = undefined), (skip = false));
    else if (skip) continue;
    else {
      const header = /^Header\s+(?:always\s+)?set\s+(\S+)\s+"(.*)"$/.exec(line);
      const type = /^AddType\s+(\S+)\s+(.+)$/.exec(line);
      const deflate = /^AddOutputFilterByType\s+DEFLATE\s+(.+)$/.exec(line);
      const deny = /^(?:Require\s+all\s+denied|Deny\s+from\s+all)$/i.test(line);
      if (deny && files && !rules.denied.some((d) => d.source === files!.source)) rules.denied.push(files);
      else if (header) rules.headers.push({ name: header[1]!.toLowerCase(), value: header[2]!, files, path });
      else if (type) for (const ext of type[2]!.split(/\s+/)) rules.types.set(ext, type[1]!);
      else if (deflate) for (const t of deflate[1]!.split(/\s+/)) rules.deflate.add(t);
    }
  }
  return rules;
}

/** The headers our `.htaccess` gives one request path (a file under the site). */
export function headersFor(rules: HostingRules, requestPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const name = basename(requestPath);
  const stage = (r: HeaderRule) => (r.path ? 2 : r.files ? 1 : 0);
  for (const rule of [...rules.headers].sort((a, b) => stage(a) - stage(b))) {
    if (rule.files && !rule.files.test(name)) continue;
    if (rule.path && !rule.path.test(requestPath)) continue;
    headers[rule.name] = rule.value;
  }
  return headers;
}

/** The content type Apache would send for a file name. */
export function contentTypeOf(rules: HostingRules, file: string): string {
  const ext = extname(file);
  return rules.types.get(ext) ?? BASE_TYPES[ext] ?? 'application/octet-stream';
}

/** One response as it left the server. */
export interface Served {
  path: string;
  /** Bytes on the wire (compressed when the type is DEFLATEd). */
  sent: number;
  /** Bytes of the file itself. */
  file: number;
}

/** Serves `outDir` under `base` with the rules of `outDir/.htaccess`; calls `onServed` for every file sent. */
export function serveHosted(
  outDir: string,
  base: string,
  onServed: (served: Served) => void = () => undefined,
): Promise<{ server: Server; origin: string; close(): void }> {
  const rules = readHostingRules(readFileSync(join(outDir, '.htaccess'), 'utf8'));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? join(outDir, normalize(path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = Boolean(file && file.startsWith(outDir) && existsSync(file));
    if (found && rules.denied.some((d) => d.test(basename(file)))) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden');
      onServed({ path, sent: 9, file: 0 });
      return;
    }
    if (!found) file = join(outDir, '404.html');
    const body = readFileSync(file);
    const type = contentTypeOf(rules, file);
    const compress = rules.deflate.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const sent = compress ? gzipSync(body, { level: 6 }) : body;
    const charset = /^(text\/|application\/(json|javascript|xml))/.test(type) ? '; charset=utf-8' : '';
    response.writeHead(found ? 200 : 404, {
      ...headersFor(rules, path),
      'content-type': type + charset,
      'content-length': sent.byteLength,
      ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    response.end(sent);
    onServed({ path, sent: sent.byteLength, file: body.byteLength });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        origin: `http://127.0.0.1:${port}`,
        close: () => {
          // Keep-alive connections would otherwise keep the process running.
          server.closeAllConnections();
          server.close();
        },
      });
    }),
  );
}
