import { describe, expect, it } from 'vitest';
import { error, problem, warning } from '@/lib/diagnostics/problem';
import { createProblem } from '@/lib/validate/problem';

describe('problems written as { th, en }', () => {
  it('keep both messages exactly, even an English part that the old " / " split would cut wrongly', () => {
    // The split form takes the first " / " followed by a Latin letter as the start of English.
    const th = 'ลิงก์ต้องขึ้นต้นด้วย http:// / https:// เท่านั้น';
    const en = 'links must start with http:// or https://';
    expect(problem('error', 'content/a.mdx', 'url', { th, en })).toEqual({
      severity: 'error',
      file: 'content/a.mdx',
      field: 'url',
      th,
      en,
    });
    expect(createProblem('error', 'content/a.mdx', 'url', `${th} / ${en}`).th).not.toBe(th);
  });

  it('give the same problem as the older "ไทย / English" form for an ordinary message', () => {
    const message = { th: 'ไม่พบไฟล์', en: 'the file is missing' };
    expect(warning('content/b.yaml', undefined, message)).toEqual(
      createProblem('warning', 'content/b.yaml', undefined, 'ไม่พบไฟล์ / the file is missing'),
    );
    expect(error('content/b.yaml', 'logo', message)).toMatchObject({ severity: 'error', field: 'logo' });
  });
});
