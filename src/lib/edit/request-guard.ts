import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Why a request was refused, Thai and English, or undefined when it may go on. */
export type Refusal = { status: number; th: string; en: string } | undefined;

/**
 * Checks every request against the session: the Host must be this loopback
 * server (DNS rebinding sends a foreign Host), writes must come from this
 * app's own Origin (a web page elsewhere cannot post to us), and the
 * per-session token must match — in the `x-edit-token` header for the API,
 * or `?token=` only for opening the app page itself.
 */
export function checkRequest(request: IncomingMessage, token: string, port: number): Refusal {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = request.headers.host ?? '';
  if (!allowedHosts.includes(host)) return refuse(421, 'ชื่อเครื่องไม่ถูกต้อง', 'wrong Host header');
  const origin = request.headers.origin;
  const isWrite = request.method !== 'GET' && request.method !== 'HEAD';
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return refuse(403, 'คำขอมาจากเว็บไซต์อื่น', 'request from another site');
  }
  if (isWrite && origin === undefined) return refuse(403, 'คำขอไม่มีที่มา (Origin)', 'write without an Origin');
  if (request.headers['sec-fetch-site'] === 'cross-site') return refuse(403, 'คำขอมาจากเว็บไซต์อื่น', 'cross-site request');
  const url = new URL(request.url ?? '/', `http://${host}`);
  // The app's script holds no data; the page and every API call need the token.
  if (
    request.method === 'GET' &&
    (/^\/app\/[a-z-]+\.(?:js|css)$/.test(url.pathname) || url.pathname.startsWith('/font/'))
  )
    return undefined;
  const given = url.pathname.startsWith('/api/')
    ? headerValue(request.headers['x-edit-token'])
    : (url.searchParams.get('token') ?? headerValue(request.headers['x-edit-token']));
  if (!sameToken(given, token))
    return refuse(
      401,
      'รหัสเข้าใช้ไม่ถูกต้อง ให้เปิดลิงก์ที่พิมพ์ในหน้าต่างคำสั่งอีกครั้ง',
      'wrong or missing session token: open the link printed in the terminal again',
    );
  return undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sameToken(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(status: number, th: string, en: string): Refusal {
  return { status, th, en };
}
