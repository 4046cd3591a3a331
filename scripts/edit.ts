import { spawn } from 'node:child_process';
import { startEditServer } from '@/lib/edit/server';
import { parseOptions } from './support/parse-options';

/**
 * `npm run edit`: starts the editing app on this computer only
 * (127.0.0.1, a random free port) and opens it in the default browser.
 * `--no-open` only prints the link (tests, remote terminals).
 */
const { values } = parseOptions({
  usage: 'ใช้ / usage: npm run edit -- [--no-open]',
  options: { 'no-open': { type: 'boolean' } },
});
const session = await startEditServer(process.cwd());
console.log(`แอปแก้ไขข้อมูลเปิดอยู่ที่ / The editing app is at:\n  ${session.url}\nกด Ctrl+C เพื่อปิด / press Ctrl+C to stop.`);
if (!values['no-open']) {
  const opener =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', session.url]]
      : process.platform === 'darwin'
        ? ['open', [session.url]]
        : ['xdg-open', [session.url]];
  const child = spawn(opener[0] as string, opener[1] as string[], { stdio: 'ignore', detached: true });
  child.on('error', () =>
    console.log('เปิดเบราว์เซอร์เองไม่ได้ ให้คัดลอกลิงก์ด้านบน / could not open a browser: copy the link above'),
  );
  child.unref();
}
// Ctrl+C also stops the preview's dev server, if one was started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void session.close().finally(() => process.exit(0));
  });
}
