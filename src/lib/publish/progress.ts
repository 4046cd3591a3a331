import type { PublishProgress, PublishSummary } from './run-publish.ts';

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/** `12/340 ไฟล์ files · 3.2/45.0 MB · 1.1 MB/s · เหลือ ~38 s left` */
export function formatProgress(p: PublishProgress, elapsedMs: number): string {
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const rate = p.bytesDone / seconds;
  // The first seconds say little about the speed: no guess until there is something to go on.
  const known = p.bytesDone >= p.bytesTotal || (seconds >= 2 && rate > 0);
  const left = known
    ? `เหลือ ~${duration(rate > 0 ? (p.bytesTotal - p.bytesDone) / rate : 0)} left`
    : 'กำลังประมาณเวลา / estimating time left';
  return `${p.done}/${p.total} ไฟล์ files · ${mb(p.bytesDone)}/${mb(p.bytesTotal)} MB · ${mb(rate)} MB/s · ${left}`;
}

/** The last lines of a run, Thai then English. */
export function formatSummary(s: PublishSummary, elapsedMs: number): string {
  const lines = [
    `เผยแพร่เสร็จ ส่ง ${s.uploaded} ไฟล์ (${mb(s.bytesUploaded)} MB) ลบ ${s.deleted} ไฟล์ ไม่เปลี่ยน ${s.unchanged} ไฟล์ ใช้เวลา ${duration(elapsedMs / 1000)}`,
    `published: ${s.uploaded} files uploaded (${mb(s.bytesUploaded)} MB), ${s.deleted} deleted, ${s.unchanged} unchanged, manifest written, in ${duration(elapsedMs / 1000)}`,
  ];
  if (s.resumed > 0)
    lines.push(
      `ต่อจากครั้งที่ค้าง: ${s.resumed} ขั้นตอนทำไว้แล้ว ไม่ส่งซ้ำ / resumed: ${s.resumed} steps of the interrupted run were not redone`,
    );
  return lines.join('\n');
}

/** The dry run's list: one line per file with its size, then the totals. */
export function formatDryRun(s: PublishSummary): string {
  const lines = s.plan.map(
    (step) => `${step.action === 'upload' ? 'อัปโหลด/upload' : 'ลบ/delete'}  ${step.path}  ${step.size} B`,
  );
  const uploads = s.plan.filter((x) => x.action === 'upload');
  const bytes = uploads.reduce((n, x) => n + x.size, 0);
  lines.push(
    `(ทดลอง / dry run) จะส่ง ${uploads.length} ไฟล์ (${mb(bytes)} MB) ลบ ${s.plan.length - uploads.length} ไฟล์ / ${uploads.length} to upload (${mb(bytes)} MB), ${s.plan.length - uploads.length} to delete; nothing was changed`,
  );
  return lines.join('\n');
}
