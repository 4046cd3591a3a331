import { cpSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway project root holding a copy of the demo content, so tests never change the real files. */
export function copyDemoRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'edit-test-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(process.cwd(), 'src', 'schemas'), join(root, 'src', 'schemas'), { recursive: true });
  return root;
}

/** A raw HTTP request with full control of Host and Origin (fetch would not let a test forge Host). */
export function send(port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
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
