import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startEditServer, type EditSession } from '@/lib/edit/server';
import { DESKTOP } from './browser';

/** A throwaway project root holding a copy of the demo content, so tests never change the real files. */
export function copyDemoRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'edit-test-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(process.cwd(), 'src', 'schemas'), join(root, 'src', 'schemas'), { recursive: true });
  return root;
}

/** The editing app serving a copy of the demo, open in a desktop-sized browser page. */
export interface EditApp {
  root: string;
  url: string;
  page: Page;
  session: EditSession;
}

/**
 * Starts the editing app on a fresh copy of the demo (changed first by `prepare`, if given) and opens a
 * desktop-sized page in `browser`; nothing is loaded yet. `closeEditApp` stops it and removes the copy.
 */
export async function openEditApp(browser: Browser, prepare?: (root: string) => void): Promise<EditApp> {
  const root = copyDemoRoot();
  prepare?.(root);
  const session = await startEditServer(root);
  const page = await browser.newPage({ viewport: DESKTOP });
  return { root, url: session.url, page, session };
}

/** Stops the app's server and removes its copy of the demo (the browser is the caller's to close). */
export async function closeEditApp(app: EditApp | undefined): Promise<void> {
  if (!app) return;
  await app.session.close();
  rmSync(app.root, { recursive: true, force: true });
}

/** A raw HTTP request with full control of Host and Origin (fetch would not let a test forge Host). */
export function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Vite's mode variables that vitest puts in process.env; a child build must not inherit them. */
const VITEST_VARIABLES = /^(?:BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/;

/** Starts `npm run edit -- --no-open` in a project, as a clerk would, and returns the printed link. */
export function startEditCommand(root: string): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)));
  const child = spawn('npm', ['run', '--silent', 'edit', '--', '--no-open'], { cwd: root, env, detached: true });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run edit printed no link:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child, output: () => output });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`npm run edit exited (${code}):\n${output}`)));
  });
}

/** Stops a command started by startEditCommand (its whole process group: npm and the node it started). */
export async function stopCommand(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}
