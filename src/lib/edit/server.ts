import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routeApi } from './api';
import { checkRequest } from './request-guard';

/** A running editing session. */
export interface EditSession {
  server: Server;
  port: number;
  token: string;
  /** The link to open, token included. */
  url: string;
  close(): Promise<void>;
}

const APP_DIR = fileURLToPath(new URL('./app/', import.meta.url));
const FONT_DIR = fileURLToPath(new URL('../../../node_modules/@fontsource/sarabun/files/', import.meta.url));
// frame-src: the preview is Astro's dev server on another loopback port (src/lib/edit/dev-preview.ts).
const CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-src 'self' http://127.0.0.1:*";

/** Starts the editor on 127.0.0.1 at a random free port with a fresh session token. */
export async function startEditServer(root: string): Promise<EditSession> {
  const token = randomBytes(24).toString('base64url');
  let port = 0;
  const api = routeApi(root);
  const server = createServer((request, response) => {
    handle(token, port, api, request, response).catch((error: unknown) => {
      if (!response.headersSent)
        send(response, 500, { th: 'เกิดข้อผิดพลาดภายใน', en: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => {
      api.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}

type Api = ReturnType<typeof routeApi>;

async function handle(
  token: string,
  port: number,
  api: Api,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const refusal = checkRequest(request, token, port);
  if (refusal) return send(response, refusal.status, { th: refusal.th, en: refusal.en });
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method === 'GET' && url.pathname === '/')
    return sendFile(response, 'index.html', 'text/html; charset=utf-8');
  const script = /^\/app\/([a-z-]+\.(?:js|css))$/.exec(url.pathname);
  if (request.method === 'GET' && script)
    return sendFile(
      response,
      script[1]!,
      script[1]!.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
    );
  const font = /^\/font\/sarabun-(400|700)\.woff2$/.exec(url.pathname);
  if (request.method === 'GET' && font) return sendFont(response, font[1]!);
  const answer = await api(request, url);
  if (!answer) return send(response, 404, { th: 'ไม่พบ', en: 'not found' });
  if (Buffer.isBuffer(answer.body)) {
    response.writeHead(answer.status, {
      'content-type': answer.type ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(answer.body);
    return;
  }
  send(response, answer.status, answer.body);
}

function sendFile(response: ServerResponse, name: string, type: string): void {
  let body: Buffer;
  try {
    body = readFileSync(join(APP_DIR, name));
  } catch {
    return send(response, 404, { th: 'ไม่พบ', en: 'not found' });
  }
  response.writeHead(200, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(body);
}

/** The site's own Thai font from node_modules: nothing is fetched from the internet. */
function sendFont(response: ServerResponse, weight: string): void {
  response.writeHead(200, { 'content-type': 'font/woff2', 'cache-control': 'max-age=86400' });
  response.end(readFileSync(join(FONT_DIR, `sarabun-thai-${weight}-normal.woff2`)));
}

export function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}
