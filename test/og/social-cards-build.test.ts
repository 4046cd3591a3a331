import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSite } from '../support/demo-site';

const work = mkdtempSync(join(tmpdir(), 'og-build-'));
let out = '';
let cache = '';
let site = '';
let base = '';

function listFiles(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(ending))
    .map((d) => join(d.parentPath, d.name));
}

/** Content of the first `<meta property|name="key" content="…">` in a page. */
function meta(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
  return tag?.[1]?.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
}

/** Page path without the base, as the card list names it: /2568/x/ for <out>/2568/x/index.html. */
function pagePathOf(file: string): string {
  const path = relative(out, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/');
  return `/${path}`;
}

// Pages of the agreed URL scheme: each must show its own card, not a stand-in.
const OWN_CARD = [
  /^\/$/,
  /^\/\d{4}\/$/,
  /^\/\d{4}\/[a-z0-9-]+\/$/,
  /^\/\d{4}\/[a-z0-9-]+\/[a-z0-9-]+\/$/,
  /^\/announcements\/([a-z0-9-]+\/)?$/,
  /^\/assessment\/\d{4}\/$/,
  /^\/oit\/\d{4}\/$/,
  /^\/search\/$/,
];

/**
 * Vitest copies import.meta.env (BASE_URL=/, SITE, MODE…) into process.env; a
 * build started with them would take BASE_URL=/ and ignore the sub-path.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ITA_OG_CACHE: cache };
  for (const key of ['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX']) delete env[key];
  return env;
}

/** The shared demo build's project built again into `outDir`, with the same card cache. */
function runBuild(outDir: string): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--offline', '--out', outDir], {
    cwd: demoSite('ita').root,
    encoding: 'utf8',
    env: buildEnv(),
    timeout: 600_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

let build: { status: number | null; output: string };
beforeAll(() => {
  const demo = demoSite('ita');
  ({ dist: out, cardCache: cache, site, base } = demo);
  build = { status: 0, output: demo.output };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('social cards in a built site', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('gives every HTML page og:image and twitter meta pointing at an existing 1200×630 PNG under the site URL and sub-path', async () => {
    const pages = listFiles(out, '.html');
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const image = meta(html, 'og:image');
      expect(image, file).toBeDefined();
      expect(image?.startsWith(`${site}${base}og/`), `${file}: ${image}`).toBe(true);
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')], file).toEqual(['1200', '630']);
      expect(meta(html, 'og:image:alt')?.length ?? 0, file).toBeGreaterThan(10);
      expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');

      const png = join(out, (image ?? '').slice(`${site}${base}`.length));
      const info = await sharp(png).metadata();
      expect([info.format, info.width, info.height], png).toEqual(['png', 1200, 630]);

      const pagePath = pagePathOf(file);
      if (OWN_CARD.some((pattern) => pattern.test(pagePath))) {
        const key = pagePath.replace(/^\/+|\/+$/g, '') || 'index';
        expect(image, file).toBe(`${site}${base}og/${key}.png`);
      }
    }
  });

  it('makes a card for every published measure, even before its page exists, and none for drafts', () => {
    const measureFiles = listFiles(join(demoSite('ita').root, 'content', 'measures'), '.mdx');
    let drafts = 0;
    for (const file of measureFiles) {
      const front = readFileSync(file, 'utf8');
      const year = front.match(/^fiscalYear: (\d{4})/m)?.[1];
      const issue = front.match(/^issue: ([a-z0-9-]+)/m)?.[1];
      const slug = front.match(/^slug: ([a-z0-9-]+)/m)?.[1] ?? file.replace(/^.*\/|\.mdx$/g, '');
      const card = join(out, 'og', `${year}`, `${issue}`, `${slug}.png`);
      const isDraft = /^draft: true/m.test(front);
      drafts += isDraft ? 1 : 0;
      expect(listFiles(join(out, 'og'), '.png').includes(card), `${file} → ${card}`).toBe(!isDraft);
    }
    expect(drafts).toBeGreaterThan(0);
  });

  it('keeps the rendered cards in a cache outside the output, byte for byte', () => {
    const cached = listFiles(cache, '.png').map((f) => readFileSync(f));
    const cards = listFiles(join(out, 'og'), '.png');
    for (const card of cards) {
      const bytes = readFileSync(card);
      expect(
        cached.some((c) => c.equals(bytes)),
        card,
      ).toBe(true);
    }
  });

  it('does not draw an unchanged card again on the next build', () => {
    // A redrawn card is written to a new file and renamed over the old one, so its inode changes.
    const inodes = () => new Map(listFiles(cache, '.png').map((f) => [f, statSync(f).ino]));
    const before = inodes();
    const again = runBuild(join(work, 'again'));
    expect(again.status, again.output).toBe(0);
    expect(inodes()).toEqual(before);
    expect(listFiles(join(work, 'again', 'og'), '.png').length).toBe(before.size);
    // A whole second build: ~20 s on an idle machine, over a minute when the two cores are shared.
  }, 300_000);
});
