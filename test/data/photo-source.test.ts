import { lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { FileStateCache } from '@/lib/cache/file-state-cache';
import {
  isStagedOriginalName,
  linkOriginal,
  readPhotoFacts,
  stagedOriginalPath,
  type PhotoFacts,
} from '@/lib/data/photo-source';

const dir = mkdtempSync(join(tmpdir(), 'ita-photo-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const photo = (width: number, height: number, orientation?: number) =>
  sharp({ create: { width, height, channels: 3, background: '#468' } })
    .withMetadata(orientation ? { orientation } : {})
    .jpeg()
    .toBuffer();

describe('readPhotoFacts', () => {
  it('gives the displayed size (a phone photo turned by its orientation tag) and a content hash', async () => {
    const file = join(dir, 'turned.jpg');
    writeFileSync(file, await photo(40, 30, 6));
    const facts = await readPhotoFacts(file, join(dir, 'cache-a'));
    expect(facts).toMatchObject({ width: 30, height: 40, format: 'jpg', orientation: 6 });
    expect(facts.hash).toMatch(/^[0-9a-f]{10}$/);
  });

  it('is remembered by size and time, and worked out again when the photo is replaced', async () => {
    const file = join(dir, 'replaced.jpg');
    writeFileSync(file, await photo(40, 30));
    const first = await readPhotoFacts(file, join(dir, 'cache-b'));
    const record = FileStateCache.shared<PhotoFacts>(join(dir, 'cache-b', 'photo-facts.json'));
    expect(record.get(file)).toEqual(first);
    record.save();
    expect(FileStateCache.open<PhotoFacts>(join(dir, 'cache-b', 'photo-facts.json')).get(file)).toEqual(first);

    writeFileSync(file, await photo(80, 60));
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    const second = await readPhotoFacts(file, join(dir, 'cache-b'));
    expect(second).toMatchObject({ width: 80, height: 60 });
    expect(second.hash).not.toBe(first.hash);
  });
});

describe('staging an original', () => {
  it('names it by folder, name and hash under _astro/evidence/', () => {
    expect(stagedOriginalPath('2568/site-visit.jpg', '04c8f03814')).toBe(
      '_astro/evidence/2568/site-visit.04c8f03814.jpg',
    );
    expect(isStagedOriginalName(stagedOriginalPath('2568/site_visit.v2.jpg', '04c8f03814'))).toBe(true);
    expect(isStagedOriginalName('_astro/evidence/2568/site_visit.v2.04c8f03814_Z1an9of.webp')).toBe(false);
    expect(isStagedOriginalName('_astro/logo.04c8f03814.svg')).toBe(false);
  });

  it('links, never copies, the original into the output folder, once', () => {
    const original = join(dir, 'original.jpg');
    writeFileSync(original, 'pixels');
    const out = join(dir, 'out');
    linkOriginal(out, '_astro/evidence/2568/original.abc.jpg', original);
    linkOriginal(out, '_astro/evidence/2568/original.abc.jpg', original);
    const link = join(out, '_astro/evidence/2568/original.abc.jpg');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(original);
    expect(readFileSync(link, 'utf8')).toBe('pixels');
  });
});
