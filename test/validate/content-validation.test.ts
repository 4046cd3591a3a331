import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '@/lib/validate/validate-content';
import { createTempProject, projectRoot } from '../support/temp-project';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of the project whose one file is changed by `edit`. */
function projectWith(file: string, edit: (text: string) => string): string {
  const root = createTempProject();
  roots.push(root);
  const path = join(root, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return root;
}

const MEASURE = 'content/measures/2568/conflict-of-interest.mdx';

describe('the demo content', () => {
  it('passes every schema and cross-check without an error', () => {
    const { problems, content } = validateContent(projectRoot);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(content.measures.length).toBeGreaterThanOrEqual(24);
    // Every ITA year 2566–2570 has a framework; the demo's measures use two of them (2568: 7 ประเด็น, 2569: 10 ตัวชี้วัด).
    expect(content.frameworks.map((f) => f.data.fiscalYear).sort()).toEqual([2566, 2567, 2568, 2569, 2570]);
    const demo = content.frameworks.filter((f) => [2568, 2569].includes(f.data.fiscalYear));
    expect(demo.map((f) => f.data.scheme).sort()).toEqual(['indicators-10', 'issues-7']);
  });

  it('covers every issue of both fiscal years with at least one published measure', () => {
    const { content } = validateContent(projectRoot);
    for (const { data: framework } of content.frameworks.filter((f) => [2568, 2569].includes(f.data.fiscalYear))) {
      const codes = new Set(
        content.measures
          .filter((m) => m.data.fiscalYear === framework.fiscalYear && !m.data.draft)
          .map((m) => m.data.issue),
      );
      expect(framework.issues.filter((i) => !codes.has(i.code)).map((i) => i.code)).toEqual([]);
    }
  });
});

describe('each kind of content mistake gives one clear message naming file and field', () => {
  it('an unknown issue code', () => {
    const root = projectWith(MEASURE, (t) => t.replace(/^issue: .*$/m, 'issue: no-such-issue'));
    const { problems } = validateContent(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: MEASURE, field: 'issue' });
    expect(problems[0]!.th).toContain('ไม่มีประเด็นรหัส "no-such-issue"');
    expect(problems[0]!.en).toContain('there is no issue "no-such-issue" in fiscal year 2568');
  });

  it('an unreadable date', () => {
    const root = projectWith(MEASURE, (t) =>
      t
        .replace(/^period: .*$/m, 'period: "ประมาณกลางปี"')
        .replace(/^(fiscalYear: .*)$/m, (line) => (/^period:/m.test(t) ? line : `${line}\nperiod: "ประมาณกลางปี"`)),
    );
    const { problems } = validateContent(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: MEASURE, field: 'period' });
    expect(problems[0]!.th).toContain('อ่านช่วงเวลา "ประมาณกลางปี" ไม่ได้');
    expect(problems[0]!.en).toContain('cannot read the period "ประมาณกลางปี"');
  });

  it('a missing evidence file', () => {
    const root = createTempProject();
    roots.push(root);
    const text = readFileSync(join(root, MEASURE), 'utf8');
    const file = /file: (\S+)/.exec(text)?.[1];
    expect(file, 'the fixture measure needs evidence').toBeTruthy();
    rmSync(join(root, 'content/evidence', file!));
    const { problems } = validateContent(root);
    const missing = problems.filter((p) => p.th.includes(`content/evidence/${file}`));
    expect(missing.length).toBeGreaterThanOrEqual(1);
    expect(missing[0]).toMatchObject({ severity: 'error', file: MEASURE });
    expect(missing[0]!.field).toMatch(/^evidence\.(photos|documents)\[\d+\]\.file$/);
    expect(missing[0]!.en).toContain('does not exist');
  });

  it('a duplicate slug', () => {
    const root = createTempProject();
    roots.push(root);
    const copy = 'content/measures/2568/zz-copy.mdx';
    writeFileSync(
      join(root, copy),
      readFileSync(join(root, MEASURE), 'utf8').replace(/^title: .*$/m, '$&\nslug: conflict-of-interest'),
    );
    const { problems: all } = validateContent(root);
    // The copy also keeps the original's order: a warning (#19), not a second error.
    expect(all.filter((p) => p.severity === 'warning').map((p) => p.field)).toEqual(['order']);
    const problems = all.filter((p) => p.severity === 'error');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: copy, field: 'slug' });
    expect(problems[0]!.en).toContain(`already used by ${MEASURE}`);
  });

  it('a measure filed under the wrong fiscal-year folder', () => {
    const root = projectWith(MEASURE, (t) => t.replace(/^fiscalYear: .*$/m, 'fiscalYear: 2569'));
    const { problems } = validateContent(root);
    const wrongFolder = problems.find((p) => p.field === 'fiscalYear');
    expect(wrongFolder).toMatchObject({ severity: 'error', file: MEASURE });
    expect(wrongFolder!.en).toContain('move it to content/measures/2569/');
  });

  it('a misspelt field is reported, not silently dropped', () => {
    const root = projectWith(MEASURE, (t) => t.replace(/^status: /m, 'stauts: done\nstatus: '));
    const { problems } = validateContent(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.en).toContain('unknown field "stauts"');
  });

  it('a missing required field names it', () => {
    const root = projectWith(MEASURE, (t) => t.replace(/^title: .*\n/m, ''));
    const { problems } = validateContent(root);
    expect(problems).toEqual([expect.objectContaining({ file: MEASURE, field: 'title' })]);
    expect(problems[0]!.th).toContain('ขาดข้อมูลช่องนี้');
  });
});
