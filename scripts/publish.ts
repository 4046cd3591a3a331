// npm run publish [-- --dry-run]: puts dist/ on the target in content/publish.yaml, uploading only what changed.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { publishTargetSchema } from '@/schemas/publish.ts';
import { openPublishState } from '@/lib/publish/journal.ts';
import { describeTarget, missingFields, openTarget } from '@/lib/publish/open-target.ts';
import { readPassword } from '@/lib/publish/password.ts';
import { formatDryRun, formatProgress, formatSummary } from '@/lib/publish/progress.ts';
import { runPublish } from '@/lib/publish/run-publish.ts';
import { PublishError } from '@/lib/publish/transport.ts';
import { parseOptions } from './support/parse-options';

const dryRun =
  parseOptions({ usage: 'ใช้ / usage: npm run publish -- [--dry-run]', options: { 'dry-run': { type: 'boolean' } } })
    .values['dry-run'] === true;
const root = process.cwd();
const configFile = path.join(root, 'content', 'publish.yaml');
const distDir = path.join(root, 'dist');

/** A mistake in the set-up, found before connecting: printed as it is, without "the live site still works". */
class SetupError extends Error {}

async function main(): Promise<void> {
  let raw: string;
  try {
    raw = await readFile(configFile, 'utf8');
  } catch {
    throw new SetupError(
      `ไม่พบไฟล์ ${configFile}: คัดลอก content/publish.example.yaml เป็น content/publish.yaml แล้วแก้\n` +
        `${configFile} not found: copy content/publish.example.yaml to content/publish.yaml and edit it`,
    );
  }
  const parsed = publishTargetSchema.safeParse(parse(raw));
  const problems = parsed.success
    ? missingFields(parsed.data)
    : parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new SetupError(`${configFile} มีข้อผิดพลาด / has errors:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const target = parsed.data;
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new SetupError(
      `ไม่พบเว็บที่สร้างแล้วใน ${distDir}: สั่ง npm run build ก่อน\n${distDir} holds no built site: run npm run build first`,
    );
  }
  const password = target.protocol === 'folder' ? undefined : await readPassword(path.join(root, '.publish-secret'));
  if (target.protocol === 'ftps' && target.allowUntrustedCertificate) {
    console.warn(
      'คำเตือน: ยอมรับใบรับรองที่ไม่ตรงกับ host / warning: accepting a certificate that does not match the host (allowUntrustedCertificate)',
    );
  }
  let keyShown = false;
  const transport = openTarget(target, {
    root,
    password,
    onHostKey: (sha256) => {
      if (target.hostKeySha256 || keyShown) return;
      keyShown = true;
      console.warn(
        `ลายนิ้วมือกุญแจเซิร์ฟเวอร์ / server host key: SHA256:${sha256} — ใส่ไว้ใน publish.yaml เป็น hostKeySha256 / add it to publish.yaml as hostKeySha256 to refuse any other`,
      );
    },
  });
  const started = Date.now();
  const tty = process.stdout.isTTY;
  let lastLine = 0;
  try {
    const summary = await runPublish(distDir, transport, {
      dryRun,
      state: openPublishState(path.join(root, '.publish-state'), describeTarget(target)),
      onWarning: (message) => console.warn(message),
      onProgress: (p) => {
        const now = Date.now();
        const last = p.done === p.total;
        if (!last && now - lastLine < (tty ? 200 : 5000)) return;
        lastLine = now;
        const line = formatProgress(p, now - started);
        if (tty) process.stdout.write(`\r${line}   ${last ? '\n' : ''}`);
        else console.log(line);
      },
    });
    console.log(dryRun ? formatDryRun(summary) : formatSummary(summary, Date.now() - started));
  } finally {
    await transport.close();
  }
}

main().catch((error: Error) => {
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.error(
    error instanceof PublishError || error instanceof SetupError
      ? error.message
      : `เผยแพร่ไม่สำเร็จ / publish failed: ${error.message}\n` +
          'เว็บเดิมยังใช้งานได้ สั่ง npm run publish อีกครั้งเพื่อทำต่อ / the live site still works; run npm run publish again to finish',
  );
  process.exit(1);
});
