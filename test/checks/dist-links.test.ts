import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDistLinks } from '@/lib/checks/dist-links';

const dir = mkdtempSync(join(tmpdir(), 'ita-dist-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};

describe('checkDistLinks', () => {
  it('passes working links and names each broken link, image, anchor and stylesheet url()', () => {
    write(
      'index.html',
      `<a href="/ita/2569/">ok</a><a href="2569/#main">ok</a><img src="/ita/_astro/logo.svg" alt=""><a href="https://other.example/">external</a><a href="mailto:a@b.c">mail</a>
      <a href="/ita/2570/">missing page</a><img srcset="/ita/_astro/a.webp 1x, /ita/_astro/missing.webp 2x" alt=""><a href="/2569/">outside base</a><a href="https://www.example.go.th/news/1/">main site, same host</a><a href="/ita/2569/#nowhere">bad anchor</a>
      <meta property="og:image" content="https://www.example.go.th/ita/og/index.png">`,
    );
    write(
      '2569/index.html',
      '<main id="main"><a href="../">home</a><a href="https://www.example.go.th/ita/evidence/a%20b.pdf">doc</a></main>',
    );
    write('evidence/a b.pdf', '%PDF-');
    write('404.html', '<link rel="canonical" href="https://www.example.go.th/ita/404/">');
    write('_astro/logo.svg', '<svg/>');
    write('_astro/a.webp', 'x');
    write('_astro/site.css', '@font-face{src:url(./font.woff2)} .x{background:url("/ita/_astro/logo.svg")}');
    write(
      'sitemap.xml',
      '<urlset><url><loc>https://www.example.go.th/ita/2569/</loc></url><url><loc>https://www.example.go.th/ita/draft/</loc></url></urlset>',
    );

    const outcome = checkDistLinks(dir, 'https://www.example.go.th', '/ita/');
    const found = outcome.problems.map((p) => `${p.file} ${p.field} ${p.en}`);
    expect(outcome.problems.filter((p) => p.severity === 'warning').map((p) => p.field)).toEqual(['meta']);
    expect(found).toEqual([
      'dist/_astro/site.css css url() the link points to a page or file that does not exist in the site: ./font.woff2',
      'dist/index.html href the link points to a page or file that does not exist in the site: /ita/2570/',
      'dist/index.html srcset the link points to a page or file that does not exist in the site: /ita/_astro/missing.webp',
      "dist/index.html href the link leaves the site's sub-path (/ita/) and breaks when hosted there: /2569/",
      'dist/index.html href the target page has no #nowhere: /ita/2569/#nowhere',
      'dist/index.html meta the link points to a page or file that does not exist in the site: https://www.example.go.th/ita/og/index.png',
      'dist/sitemap.xml loc the link points to a page or file that does not exist in the site: https://www.example.go.th/ita/draft/',
    ]);
    expect(outcome.stats.pages).toBe(3);
  });
});
