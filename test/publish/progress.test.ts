import { describe, expect, it } from 'vitest';
import { formatProgress, formatSummary } from '@/lib/publish/progress.ts';
import type { PublishSummary } from '@/lib/publish/run-publish.ts';

const step = { action: 'upload' as const, path: 'a.webp', size: 1 };

describe('publish progress line and summary', () => {
  it('shows files, MB, rate and time left', () => {
    expect(formatProgress({ done: 120, total: 400, bytesDone: 30e6, bytesTotal: 90e6, step }, 20_000)).toBe(
      '120/400 ไฟล์ files · 30.0/90.0 MB · 1.5 MB/s · เหลือ ~40 s left',
    );
    expect(formatProgress({ done: 10, total: 5800, bytesDone: 150e6, bytesTotal: 1435e6, step }, 100_000)).toMatch(
      /เหลือ ~14 min 17 s left$/,
    );
  });

  it('makes no guess at the time left in the first seconds', () => {
    expect(formatProgress({ done: 1, total: 220, bytesDone: 1000, bytesTotal: 33e6, step }, 30)).toMatch(
      /estimating time left$/,
    );
  });

  it('sums up uploads, deletions, unchanged files and a resumed run', () => {
    const summary: PublishSummary = {
      uploaded: 5,
      deleted: 2,
      bytesUploaded: 2.5e6,
      plan: [],
      resumed: 3,
      unchanged: 800,
      manifestFrom: 'server',
      manifestBytes: 10,
    };
    const text = formatSummary(summary, 65_000);
    expect(text).toContain(
      'published: 5 files uploaded (2.5 MB), 2 deleted, 800 unchanged, manifest written, in 1 min 5 s',
    );
    expect(text).toContain('resumed: 3 steps of the interrupted run were not redone');
  });
});
