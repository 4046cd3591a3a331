import { stripThaiBreaks } from '../../src/build/thai-breaks/mark-thai-breaks';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempProject, runBuild } from '../helpers/temp-project';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

describe('npm run build', () => {
  // A whole build: on a machine shared by several builds it can take longer than the default minute.
  it('builds the demo site: Thai pages for every published measure, nothing from drafts', { timeout: 180_000 }, () => {
    const root = createTempProject();
    roots.push(root);
    const { status, output } = runBuild(root);
    expect(status, output).toBe(0);
    const dist = join(root, 'dist');
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toMatch(/<html lang="th"/);
    const pages = listAll(dist).filter((f) => f.endsWith('index.html'));
    expect(pages.length).toBeGreaterThan(24);
    for (const file of listAll(dist).filter((f) => /\.(html|xml|json|txt|js)$/.test(f))) {
      // Read without the Thai line-break marks, which would otherwise split a leaked draft's words.
      expect(stripThaiBreaks(readFileSync(file, 'utf8')), file).not.toContain('ร่างลับเฉพาะXYZ');
    }
    expect(existsSync(join(root, '.build', 'staging'))).toBe(false);
  });

  it('stops on bad content with a message naming file and field, and leaves dist/ untouched', () => {
    const root = createTempProject();
    roots.push(root);
    const measures = join(root, 'content', 'measures', '2568');
    const file = readdirSync(measures).find((f) => f.endsWith('.mdx'))!;
    const path = join(measures, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^issue: .*$/m, 'issue: no-such-issue'));
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'previous-site.txt'), 'the site that was approved before');

    const { status, output } = runBuild(root);
    expect(status).toBe(1);
    expect(output).toContain(`content/measures/2568/${file} → issue`);
    expect(output).toContain('ไม่มีประเด็นรหัส "no-such-issue"');
    expect(output).toContain('nothing was published');
    expect(readdirSync(join(root, 'dist'))).toEqual(['previous-site.txt']);
  });
});
