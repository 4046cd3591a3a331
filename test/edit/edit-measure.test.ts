import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldChange } from '@/lib/edit/frontmatter-edit';
import { saveEntry } from '@/lib/edit/save-entry';
import { copyDemoRoot } from '../support/edit-app';

const FILE = 'measures/2569/budget-disclosure.mdx';

describe('saving one field of an existing demo measure', () => {
  it('changes only that line: comments, key order, quoting and the MDX body are kept', () => {
    const root = copyDemoRoot();
    const path = join(root, 'content', FILE);
    // A clerk's comment in the front matter must survive the editor.
    const original = readFileSync(path, 'utf8').replace('status: done\n', 'status: done # ตรวจแล้ว\n');
    writeFileSync(path, original);
    const result = saveEntry(root, FILE, [{ path: ['summary'], value: 'สรุปใหม่ที่แก้ไขในแอป' }]);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.written).toBe(true);
    const after = readFileSync(path, 'utf8');
    const a = original.split('\n');
    const b = after.split('\n');
    expect(b.length).toBe(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i]));
    expect(changed.length).toBe(1);
    expect(b[changed[0]!]).toBe('summary: สรุปใหม่ที่แก้ไขในแอป');
    expect(after).toContain('status: done # ตรวจแล้ว');
    expect(after.slice(after.indexOf('\n---\n', 4))).toBe(original.slice(original.indexOf('\n---\n', 4)));
    // The previous version is kept for undo.
    expect(result.history && readFileSync(join(root, result.history), 'utf8')).toBe(original);
  });

  it('a second save of the same values leaves the file byte for byte the same', () => {
    const root = copyDemoRoot();
    const path = join(root, 'content', FILE);
    saveEntry(root, FILE, [{ path: ['summary'], value: 'สรุปใหม่' }]);
    const once = readFileSync(path, 'utf8');
    saveEntry(root, FILE, [
      { path: ['summary'], value: 'สรุปใหม่' },
      { path: ['issue'], value: 'iit-2' },
    ]);
    expect(readFileSync(path, 'utf8')).toBe(once);
  });

  it('a value the schema refuses writes nothing and names the field in Thai and English', () => {
    const root = copyDemoRoot();
    const path = join(root, 'content', FILE);
    const original = readFileSync(path, 'utf8');
    const result = saveEntry(root, FILE, [{ path: ['status'], value: 'finished' }]);
    expect(result.written).toBe(false);
    const problem = result.problems.find((p) => p.field === 'status');
    expect(problem?.th).toMatch(/[\u0E00-\u0E7F]/);
    expect(problem?.en).toMatch(/[a-z]/);
    expect(readFileSync(path, 'utf8')).toBe(original);
    expect(existsSync(join(root, 'content', '.history'))).toBe(false);
  });

  it('a cross-check the build makes (issue not in the framework) is reported against its field', () => {
    const root = copyDemoRoot();
    const result = saveEntry(root, FILE, [{ path: ['issue'], value: 'no-such-issue' }]);
    expect(result.problems.some((p) => p.field === 'issue' && p.severity === 'error')).toBe(true);
  });

  it('in YAML files with folded paragraphs and [a, b] lists, a change re-prints only its own line', () => {
    const root = copyDemoRoot();
    const cases: Array<[string, FieldChange]> = [
      ['reports/2569-6.yaml', { path: ['title'], value: 'รายงานรอบ ๖ เดือน ฉบับแก้ไขในแอป' }],
      ['assessments/2568.yaml', { path: ['rating'], value: 'B' }],
    ];
    for (const [file, change] of cases) {
      const path = join(root, 'content', file);
      const original = readFileSync(path, 'utf8');
      const result = saveEntry(root, file, [change]);
      expect(result.written, file).toBe(true);
      const a = original.split('\n');
      const b = readFileSync(path, 'utf8').split('\n');
      expect(b.length, file).toBe(a.length);
      expect(
        b.filter((line, i) => line !== a[i]),
        file,
      ).toEqual([`${String(change.path[0])}: ${String(change.value)}`]);
    }
  });
});
