import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { hasGpsTag } from '@/lib/privacy/exif-gps';
import { checkDistImages } from '@/lib/checks/dist-images';

const dir = mkdtempSync(join(tmpdir(), 'ita-dist-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const blank = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } });

describe('checkDistImages', () => {
  it('stops an image that carries GPS coordinates and passes one that carries only a camera name', async () => {
    mkdirSync(join(dir, '_astro'));
    await blank()
      .withExif({ IFD0: { Make: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '14/1 30/1 0/1' } })
      .jpeg()
      .toFile(join(dir, '_astro/site.jpg'));
    await blank()
      .withExif({ IFD0: { Make: 'Phone' } })
      .jpeg()
      .toFile(join(dir, '_astro/plain.jpg'));
    await blank().webp().toFile(join(dir, '_astro/resized.webp'));
    await blank()
      .withExif({ IFD0: { Make: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '14/1 30/1 0/1' } })
      .webp()
      .toFile(join(dir, '_astro/tagged.webp'));
    const exif = (await sharp(join(dir, '_astro/site.jpg')).metadata()).exif!;
    expect(hasGpsTag(exif)).toBe(true);
    const outcome = await checkDistImages(dir);
    expect(outcome.stats.images).toBe(4);
    // Files whose headers prove they carry no metadata are not opened: here only the two with EXIF.
    expect(outcome.stats.openedWithSharp).toBe(3);
    expect(outcome.problems.map((p) => p.file)).toEqual(['dist/_astro/site.jpg', 'dist/_astro/tagged.webp']);
    expect(outcome.problems[0]!.en).toContain('GPS position');
  });

  it('stops an original photo left linked into the site', async () => {
    const original = join(mkdtempSync(join(tmpdir(), 'ita-original-')), 'photo.jpg');
    writeFileSync(original, 'not published');
    mkdirSync(join(dir, '_astro/evidence/2568'), { recursive: true });
    symlinkSync(original, join(dir, '_astro/evidence/2568/photo.abc.jpg'));
    const outcome = await checkDistImages(dir);
    unlinkSync(join(dir, '_astro/evidence/2568/photo.abc.jpg'));
    expect(outcome.problems.map((p) => p.file)).toContain('dist/_astro/evidence/2568/photo.abc.jpg');
    expect(outcome.problems.find((p) => p.file.includes('evidence'))!.en).toContain('original photo');
  });

  it('stops an original left as a copy (where links are refused), but not the resized photos beside it', async () => {
    mkdirSync(join(dir, '_astro/evidence/2569'), { recursive: true });
    await blank().jpeg().toFile(join(dir, '_astro/evidence/2569/site_visit-01.04c8f03814.jpg'));
    await blank().webp().toFile(join(dir, '_astro/evidence/2569/site_visit-01.04c8f03814_Z1an9of.webp'));
    const outcome = await checkDistImages(dir);
    const files = outcome.problems.map((p) => p.file);
    expect(files).toContain('dist/_astro/evidence/2569/site_visit-01.04c8f03814.jpg');
    expect(files).not.toContain('dist/_astro/evidence/2569/site_visit-01.04c8f03814_Z1an9of.webp');
  });
});
