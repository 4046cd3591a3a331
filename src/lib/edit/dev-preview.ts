import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { resolveSiteLocation } from '@/lib/site/site-config';

/** Where the preview is and whether it answers yet. */
export interface PreviewState {
  running: boolean;
  ready: boolean;
  /** Origin and base of the running preview, e.g. http://127.0.0.1:51234/ita/ */
  url?: string;
  error?: string;
}

/**
 * The preview beside the form is the real site, rendered by Astro's own dev
 * server on 127.0.0.1 (started on the first request, stopped with the
 * editor): it reads content/ as the build does and re-renders a page as soon
 * as a save changes its file, so what the clerk sees is what will be built.
 */
export class DevPreview {
  state: PreviewState = { running: false, ready: false };
  private child: ChildProcess | undefined;

  constructor(private readonly root: string) {}

  async start(): Promise<PreviewState> {
    if (this.state.running) return this.state;
    const port = await findFreePort();
    const { base } = resolveSiteLocation(join(this.root, 'content', 'organisation.yaml'));
    const url = `http://127.0.0.1:${port}${base}`;
    // Vite's mode variables from a test runner would confuse the child's Vite.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(?:BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(key)),
    );
    this.child = spawn(
      process.execPath,
      [
        join(this.root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'dev',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      {
        cwd: this.root,
        env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        stdio: 'ignore',
      },
    );
    this.state = { running: true, ready: false, url };
    this.child.on('exit', () => {
      this.state = { running: false, ready: false };
      this.child = undefined;
    });
    void this.waitReady(url);
    return this.state;
  }

  private async waitReady(url: string): Promise<void> {
    for (let i = 0; i < 120 && this.state.running; i++) {
      try {
        const response = await fetch(url);
        if (response.ok) {
          this.state = { ...this.state, ready: true };
          return;
        }
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (this.state.running)
      this.state = { ...this.state, error: 'เปิดตัวอย่างไม่ได้ภายใน 60 วินาที / the preview did not start within 60 seconds' };
  }

  stop(): void {
    this.child?.kill('SIGTERM');
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
