// npm run publish [-- --dry-run]: puts dist/ on the target in content/publish.yaml, uploading only what changed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { publishTargetSchema } from '../src/schemas/publish.ts';
import { openFolderTarget } from '../src/lib/publish/folder-target.ts';
import { runPublish } from '../src/lib/publish/run-publish.ts';

const dryRun = process.argv.includes('--dry-run');
const root = process.cwd();
const configFile = path.join(root, 'content', 'publish.yaml');
const mb = (n: number) => (n / 1e6).toFixed(1);

async function main(): Promise<void> {
  let raw: string;
  try { raw = await readFile(configFile, 'utf8'); } catch {
    throw new Error(`ไม่พบไฟล์ ${configFile} / ${configFile} not found: copy content/publish.example.yaml to content/publish.yaml`);
  }
  const parsed = publishTargetSchema.safeParse(parse(raw));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n');
    throw new Error(`${configFile} มีข้อผิดพลาด / has errors:\n${issues}`);
  }
  const target = parsed.data;
  if (target.protocol !== 'folder') {
    throw new Error(`protocol "${target.protocol}" ยังไม่รองรับในรุ่นนี้ / is not supported yet in this version: use "folder"`);
  }
  const transport = openFolderTarget(path.resolve(root, target.remotePath));
  const started = Date.now();
  const summary = await runPublish(path.join(root, 'dist'), transport, {
    dryRun,
    onProgress: ({ done, total, bytesDone, bytesTotal }) => {
      const seconds = (Date.now() - started) / 1000;
      const rate = bytesDone / Math.max(seconds, 0.001);
      const left = rate > 0 ? Math.round((bytesTotal - bytesDone) / rate) : 0;
      process.stdout.write(`\r${done}/${total} files · ${mb(bytesDone)}/${mb(bytesTotal)} MB · ${mb(rate)} MB/s · ${left} s left   `);
    },
  });
  await transport.close();
  if (dryRun) {
    for (const step of summary.plan) console.log(`${step.action === 'upload' ? 'อัปโหลด/upload' : 'ลบ/delete'}  ${step.path}  ${step.size} B`);
    console.log(`(dry run) ${summary.plan.filter((s) => s.action === 'upload').length} to upload, ${summary.plan.filter((s) => s.action === 'delete').length} to delete`);
    return;
  }
  console.log(`\nเผยแพร่แล้ว / published: ${summary.uploaded} uploaded (${mb(summary.bytesUploaded)} MB), ${summary.deleted} deleted, manifest written`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
