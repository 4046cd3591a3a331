import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listDistFiles } from '@/lib/checks/dist-files';
import { asBuildStep } from './as-build-step';

/** The one file allowed to differ between two builds of the same content. */
export const BUILD_INFO_FILE = 'build-info.json';

/**
 * Fingerprint of everything else: SHA-256 over the sorted list of
 * `path  sha256(file)`. Two builds of the same content give the same value, so
 * the site an approver saw can be proved to be the one published.
 */
export function fingerprintSite(dir: string): { files: number; sha256: string } {
  const files = listDistFiles(dir).filter((f) => f !== BUILD_INFO_FILE);
  const lines = files.map(
    (f) =>
      `${f}  ${createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex')}`,
  );
  return { files: files.length, sha256: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

function gitCommit(root: string): { commit: string; uncommittedChanges?: boolean } {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (head.status !== 0) return { commit: 'unknown' };
  // A build from edited, uncommitted files is not the commit it names; say so.
  const status = spawnSync(
    'git',
    ['status', '--porcelain', '--', 'content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'],
    { cwd: root, encoding: 'utf8' },
  );
  return { commit: head.stdout.trim(), uncommittedChanges: status.stdout.trim() !== '' };
}

/** Writes build-info.json last, after every other step has finished changing the site. */
export const buildInfoStep = asBuildStep('บันทึกข้อมูลการสร้าง / build info', (c) => {
  const fingerprint = fingerprintSite(c.outDir);
  const info = {
    note: 'builtAt, commit and uncommittedChanges differ between builds; every other file is byte-identical for the same content and code (siteSha256 covers them all)',
    builtAt: new Date().toISOString(),
    ...gitCommit(c.root),
    site: c.site,
    base: c.base,
    siteFiles: fingerprint.files,
    siteSha256: fingerprint.sha256,
  };
  writeFileSync(join(c.outDir, BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
  return {
    name: 'build-info',
    problems: [],
    stats: { files: fingerprint.files },
    notes: [`siteSha256 ${fingerprint.sha256}`],
  };
});
