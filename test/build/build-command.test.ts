import { stripThaiBreaks } from '@/build/thai-breaks/mark-thai-breaks';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject, runBuild } from '../support/temp-project';
import { demoSite, type DemoSite } from '../support/demo-site';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

describe('npm run build', () => {
  let demo: DemoSite;
  beforeAll(() => {
    demo = demoSite('ita');
  });

  it('builds the demo site: Thai pages for every published measure, nothing from drafts', () => {
    // The run's shared demo build: `npm run build` in a copy of the project, into its dist/.
    const { root, dist } = demo;
    expect(dist).toBe(join(root, 'dist'));
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
