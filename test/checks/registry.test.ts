import { describe, expect, it } from 'vitest';
import { postBuildSteps, preBuildSteps } from '@/build/steps';
import { CHECKS, checkTitle, listChecks } from '@/lib/checks/registry';
import { formatCheckReport, summariseChecks } from '@/lib/checks/report';

describe('the check registry', () => {
  it('is what the build runs: every content check before Astro, every dist check after the steps that write files', () => {
    expect(preBuildSteps.map((s) => s.name)).toEqual(listChecks('content').map((c) => c.title));
    const post = postBuildSteps.map((s) => s.name);
    const dist = listChecks('dist').map((c) => c.title);
    // Then the Thai break marks (#18: after the checks, which read the pages as Astro wrote them), then build info.
    expect(post.slice(-dist.length - 2, -2)).toEqual(dist);
    expect(post.at(-2)).toBe('ตัดบรรทัดภาษาไทยตามคำ / Thai line breaks at word ends');
    expect(post.at(-1)).toBe('บันทึกข้อมูลการสร้าง / build info');
    expect(dist).toContain('ตรวจภาพการ์ดสำหรับแชร์ / social cards');
  });

  it('names each check once and gives the report its title', () => {
    const names = CHECKS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const report = formatCheckReport(
      summariseChecks([{ name: 'social-meta', problems: [], stats: { pages: 3 }, notes: [] }], 1),
    );
    expect(report).toContain(`✓ ${checkTitle('social-meta')} (pages 3)`);
  });
});
