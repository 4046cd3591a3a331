import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSocialMeta } from '@/lib/og/check-social-meta';

function site(files: Record<string, string>): string {
  const outDir = mkdtempSync(join(tmpdir(), 'og-meta-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), text);
  }
  return outDir;
}
const page = (image: string) => `<html><head><meta property="og:image" content="${image}"></head></html>`;
const context = (outDir: string) => ({ outDir, site: 'https://www.example.go.th', base: '/ita/' });

describe('checkSocialMeta', () => {
  it('accepts pages whose card is in the output under the site address and sub-path', () => {
    const outDir = site({ 'index.html': page('https://www.example.go.th/ita/og/index.png'), 'og/index.png': 'png' });
    expect(checkSocialMeta(context(outDir))).toEqual([]);
  });

  it('stops the build when a page names a card that is missing or outside the sub-path', () => {
    const outDir = site({
      '2568/index.html': page('https://www.example.go.th/ita/og/2568.png'),
      'search/index.html': page('https://www.example.go.th/og/index.png'),
      'og/index.png': 'png',
    });
    const problems = checkSocialMeta(context(outDir));
    expect(problems.map((p) => [p.severity, p.file, p.field])).toEqual(
      expect.arrayContaining([
        ['error', join('2568', 'index.html'), 'og:image'],
        ['error', join('search', 'index.html'), 'og:image'],
      ]),
    );
    expect(problems[0]?.th).toContain('ไม่มีอยู่ในเว็บไซต์');
    expect(problems[0]?.en).toContain('not in the built site');
  });

  it('warns about a page without card meta', () => {
    const outDir = site({ '404.html': '<html><head></head></html>' });
    expect(checkSocialMeta(context(outDir)).map((p) => [p.severity, p.file])).toEqual([['warning', '404.html']]);
  });
});
