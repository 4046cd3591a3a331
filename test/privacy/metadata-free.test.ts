import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isPlainlyMetadataFree } from '@/lib/privacy/metadata-free';

const GPS = { IFD0: { Make: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '14/1 30/1 0/1' } };
const image = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#468' } });

describe('isPlainlyMetadataFree', () => {
  for (const format of ['jpeg', 'webp', 'avif'] as const) {
    it(`passes a ${format} written without metadata and not one that carries EXIF`, async () => {
      const plain = await image().toFormat(format).toBuffer();
      const tagged = await image().withExif(GPS).toFormat(format).toBuffer();
      expect(isPlainlyMetadataFree(plain)).toBe(true);
      expect(isPlainlyMetadataFree(tagged)).toBe(false);
    });
  }

  it('passes a PNG (a social card) only when the whole file is read and has no metadata chunk', async () => {
    const plain = await image().png().toBuffer();
    expect(isPlainlyMetadataFree(plain)).toBe(true);
    expect(isPlainlyMetadataFree(await image().withExif(GPS).png().toBuffer())).toBe(false);
    expect(isPlainlyMetadataFree(plain.subarray(0, plain.length - 12))).toBe(false);
  });

  it('does not vouch for a header it cannot read to the end, or for other formats', async () => {
    const tagged = await image().withExif(GPS).jpeg().toBuffer();
    expect(isPlainlyMetadataFree(tagged.subarray(0, 10))).toBe(false);
    expect(isPlainlyMetadataFree(await image().gif().toBuffer())).toBe(false);
    expect(isPlainlyMetadataFree(Buffer.from('not an image'))).toBe(false);
  });
});
