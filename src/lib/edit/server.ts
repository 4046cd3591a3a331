import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editEn, editTh } from '../i18n/edit-ui';
import { findContentKind } from './content-kinds';
import { readFieldDocs } from './field-docs';
import type { FieldChange } from './frontmatter-edit';
import { checkRequest } from './request-guard';
import { UnsafePathError, resolveContentPath } from './safe-path';
import { saveEntry } from './save-entry';

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
const MAX_BODY = 2 * 1024 * 1024;

/** Starts the editor on 127.0.0.1 at a random free port with a fresh session token. */
export async function startEditServer(root: string): Promise<EditSession> {
  const token = randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer((request, response) => {
    handle(root, token, port, request, response).catch((error: unknown) => {
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function handle(root: string, token: string, port: number, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const refusal = checkRequest(request, token, port);
  if (refusal) return send(response, refusal.status, { th: refusal.th, en: refusal.en });
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method === 'GET' && url.pathname === '/') return sendFile(response, 'index.html', 'text/html; charset=utf-8');
  if (request.method === 'GET' && url.pathname === '/app.js') return sendFile(response, 'app.js', 'text/javascript; charset=utf-8');
  const font = /^\/font\/sarabun-(400|700)\.woff2$/.exec(url.pathname);
  if (request.method === 'GET' && font) return sendFont(root, response, font[1]!);
  if (request.method === 'GET' && url.pathname === '/api/strings') return send(response, 200, { th: editTh, en: editEn });
  if (request.method === 'GET' && url.pathname === '/api/field-docs') return send(response, 200, readFieldDocs(root));
  if (request.method === 'GET' && url.pathname === '/api/entry') {
    const path = url.searchParams.get('path') ?? '';
    const absolute = guardPath(root, path, response);
    if (!absolute) return;
    if (!findContentKind(path)) return send(response, 400, { th: 'ไม่ใช่ไฟล์ข้อมูล', en: 'not a content file' });
    return send(response, 200, { path, text: readFileSync(absolute, 'utf8') });
  }
  if (request.method === 'POST' && url.pathname === '/api/save') {
    const body = (await readJson(request)) as { path?: string; changes?: FieldChange[]; create?: boolean; body?: string } | undefined;
    if (!body || typeof body.path !== 'string' || !Array.isArray(body.changes)) return send(response, 400, { th: 'คำขอไม่ถูกต้อง', en: 'bad request' });
    if (!guardPath(root, body.path, response)) return;
    const result = saveEntry(root, body.path, body.changes, { ...(body.create ? { create: true } : {}), ...(typeof body.body === 'string' ? { body: body.body } : {}) });
    return send(response, result.written ? 200 : 422, result);
  }
  send(response, 404, { th: 'ไม่พบ', en: 'not found' });
}

function guardPath(root: string, path: string, response: ServerResponse): string | undefined {
  try {
    return resolveContentPath(root, path);
  } catch (error) {
    if (!(error instanceof UnsafePathError)) throw error;
    const [th, en] = error.message.split(' / ');
    send(response, 400, { th, en });
    return undefined;
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function sendFile(response: ServerResponse, name: string, type: string): void {
  response.writeHead(200, { 'content-type': type, 'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:", 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  response.end(readFileSync(join(APP_DIR, name)));
}

/** The site's own Thai font from node_modules: nothing is fetched from the internet. */
function sendFont(root: string, response: ServerResponse, weight: string): void {
  response.writeHead(200, { 'content-type': 'font/woff2', 'cache-control': 'max-age=86400' });
  response.end(readFileSync(join(root, 'node_modules', '@fontsource', 'sarabun', 'files', `sarabun-thai-${weight}-normal.woff2`)));
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(JSON.stringify(body));
}
