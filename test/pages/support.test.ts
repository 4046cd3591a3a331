import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { hasGpsTag } from '../support/exif';
import { extractReferences } from '../support/site-files';
import { resolveFile } from '../support/static-server';

// The build tests lean on these helpers, so they are checked on their own.
describe('test support', () => {
  it('finds a GPS tag in EXIF only when a photo has one', async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).jpeg();
    const withGps = await base
      .clone()
      .withExif({ IFD0: { Make: 'X' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '15/1 0/1 0/1' } })
      .toBuffer();
    const without = await base
      .clone()
      .withExif({ IFD0: { Make: 'X' } })
      .toBuffer();
    expect(hasGpsTag((await sharp(withGps).metadata()).exif)).toBe(true);
    expect(hasGpsTag((await sharp(without).metadata()).exif)).toBe(false);
    expect(hasGpsTag(undefined)).toBe(false);
  });

  it('resolves paths under the base only, directories to index.html', () => {
    const root = mkdtempSync(join(tmpdir(), 'ita-serve-'));
    mkdirSync(join(root, '2568'));
    writeFileSync(join(root, '2568', 'index.html'), 'x');
    expect(resolveFile(root, '/ita/', '/ita/2568/')).toBe(join(root, '2568', 'index.html'));
    expect(resolveFile(root, '/ita/', '/2568/')).toBeUndefined();
    expect(resolveFile(root, '/ita/', '/ita/2569/')).toBeUndefined();
  });

  it('extracts links, every srcset candidate, sitemap locations and CSS urls', () => {
    const refs = extractReferences(
      '<a href="/ita/a/">x</a><img src="/i.jpg" srcset="/i-1.webp 320w, /i-2.webp 640w"><loc>https://e.x/ita/</loc><style>@font-face{src:url(/f.woff2)}</style>',
    );
    expect(refs.sort()).toEqual(['/i-1.webp', '/i-2.webp', '/i.jpg', '/ita/a/', '/f.woff2', 'https://e.x/ita/'].sort());
  });
});
