import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject } from '../helpers/temp-project';
import { cleanBuildEnv, demoSite, type DemoSite } from '../support/demo-site';
import { listFiles, sha256 } from '../support/dist-scan';

// `astro build` alone (src/integrations/ita-build.ts) must make the site `npm run build` makes: same files, same bytes.
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** `npx astro build --outDir <out>` in a fresh project copy, as a developer would type it: no build script around it. */
function astroBuild(root: string, out: string, env: NodeJS.ProcessEnv = {}): { status: number; output: string } {
  // Nothing of `npm run build` either: no BASE_URL (the test runner's, which only the build script shields Astro from).
  const { BASE_URL: _, ...clean } = cleanBuildEnv();
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: root,
    encoding: 'utf8',
    env: { ...clean, ITA_OFFLINE: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    timeout: 600_000,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build alone', () => {
  let demo: DemoSite;
  let out = '';
  let output = '';
  beforeAll(() => {
    demo = demoSite('ita');
    const root = createTempProject('ita-astro-build-');
    roots.push(root);
    out = join(root, 'astro-out');
    // The demo's day in Bangkok, so a build on the other side of midnight reads the same "today" (current fiscal year).
    const builtAt = JSON.parse(readFileSync(join(demo.dist, 'build-info.json'), 'utf8')).builtAt as string;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date(builtAt));
    // The demo's card cache: same content, same cards, without rendering them all again.
    const result = astroBuild(root, out, { ITA_TODAY: today, ITA_OG_CACHE: demo.cardCache });
    output = result.output;
    expect(result.status, result.output).toBe(0);
  });

  it('gives the same files as npm run build, byte for byte, build-info.json but for its time', () => {
    const files = listFiles(demo.dist);
    expect(listFiles(out)).toEqual(files);
    const differing = files.filter((f) => sha256(join(demo.dist, f)) !== sha256(join(out, f)));
    expect(differing).toEqual(['build-info.json']);
    const info = (dir: string) => {
      const { builtAt: _, ...rest } = JSON.parse(readFileSync(join(dir, 'build-info.json'), 'utf8'));
      return rest;
    };
    expect(info(out)).toEqual(info(demo.dist));
  });

  it('makes the search index and the hosting files for the sub-path, and checks the built site', () => {
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readFileSync(join(out, '.htaccess'), 'utf8')).toMatch(/^ErrorDocument 404 \/ita\/404\.html$/m);
    expect(readFileSync(join(out, '_headers'), 'utf8')).toMatch(/^\/ita\/\*$/m);
    expect(output).toContain('ตรวจว่าไม่มีฉบับร่างหลุด / draft leaks');
    expect(output).toContain('บันทึกข้อมูลการสร้าง / build info');
  });

  it('stops on bad content before rendering anything, naming the file and field', () => {
    const root = createTempProject('ita-astro-refusal-');
    roots.push(root);
    const measures = join(root, 'content', 'measures', '2568');
    const file = readdirSync(measures).find((f) => f.endsWith('.mdx'))!;
    const path = join(measures, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^issue: .*$/m, 'issue: no-such-issue'));
    const refused = astroBuild(root, join(root, 'astro-out'));
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain(`content/measures/2568/${file} → issue`);
    expect(refused.output).toContain('ไม่มีประเด็นรหัส "no-such-issue"');
    expect(refused.output).not.toContain('[build] Building static entrypoints');
    expect(existsSync(join(root, 'astro-out'))).toBe(false);
  });
});
