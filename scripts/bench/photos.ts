import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { createRandom } from './random';

/**
 * Phone-size photos: 4000×3000 JPEG, 3–5 MB, with EXIF, like the ones staff
 * copy from their phones. Encoding one takes ~0.6 s, so a small pool of
 * distinct base photos is rendered and every other photo is derived from one
 * of them by changing its EXIF date and adding a JPEG comment naming it: each
 * file is different (no cache keyed on content can share work between them)
 * while the decoding and resizing work per photo stays the same.
 */
export const PHOTO_WIDTH = 4000;
export const PHOTO_HEIGHT = 3000;
const BASE_DATE = '2025:01:01 09:00:00';

/** Renders base photo `index` into `poolDir` unless it is already there. */
export async function ensureBasePhoto(poolDir: string, index: number): Promise<string> {
  const file = join(poolDir, `base-${String(index).padStart(3, '0')}.jpg`);
  if (existsSync(file)) return file;
  mkdirSync(poolDir, { recursive: true });
  const random = createRandom(1000 + index);
  // Smooth shapes (a blurred, upscaled small random image) plus fine grain: the
  // mix compresses like a real outdoor photo, landing at 3–5 MB.
  const coarse = Buffer.alloc(400 * 300 * 3);
  for (let i = 0; i < coarse.length; i++) coarse[i] = Math.floor(random() * 256);
  const grain = Buffer.alloc(1000 * 750 * 3);
  const amplitude = 150 + Math.floor(random() * 90);
  for (let i = 0; i < grain.length; i++) grain[i] = 128 + Math.floor((random() - 0.5) * amplitude);
  const raw = { width: PHOTO_WIDTH, height: PHOTO_HEIGHT, channels: 3 as const };
  const smooth = await sharp(coarse, { raw: { width: 400, height: 300, channels: 3 } })
    .resize(PHOTO_WIDTH, PHOTO_HEIGHT, { kernel: 'cubic' })
    .blur(3)
    .raw()
    .toBuffer();
  const fine = await sharp(grain, { raw: { width: 1000, height: 750, channels: 3 } })
    .resize(PHOTO_WIDTH, PHOTO_HEIGHT, { kernel: 'nearest' })
    .raw()
    .toBuffer();
  const jpeg = await sharp(smooth, { raw })
    .composite([{ input: fine, raw, blend: 'soft-light' }])
    .jpeg({ quality: 84 + (index % 5) })
    .withExif({
      IFD0: { Make: 'BenchPhone', Model: `BP-${index % 7}`, DateTime: BASE_DATE, Software: 'ita-bench' },
      IFD2: { DateTimeOriginal: BASE_DATE, ExposureTime: '1/120', FNumber: '1.8' } as Record<string, string>,
    })
    .toBuffer();
  writeFileSync(`${file}.part`, jpeg);
  renameSync(`${file}.part`, file);
  return file;
}

/**
 * Writes a photo derived from `baseFile`: the EXIF dates become `date` (same
 * length, so no offsets move) and a comment segment naming `id` follows the
 * APP segments.
 */
export function writeDerivedPhoto(baseFile: string, target: string, id: string, date: Date): void {
  const bytes = readFileSync(baseFile);
  const exifDate = Buffer.from(date.toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, ':'), 'ascii');
  const needle = Buffer.from(BASE_DATE, 'ascii');
  const headerEnd = findEndOfAppSegments(bytes);
  let at = bytes.indexOf(needle);
  while (at >= 0 && at < headerEnd) {
    exifDate.copy(bytes, at);
    at = bytes.indexOf(needle, at + needle.length);
  }
  const text = Buffer.from(`ita-bench photo ${id}`, 'utf8');
  const comment = Buffer.alloc(4 + text.length);
  comment.writeUInt16BE(0xfffe, 0);
  comment.writeUInt16BE(text.length + 2, 2);
  text.copy(comment, 4);
  writeFileSync(target, Buffer.concat([bytes.subarray(0, headerEnd), comment, bytes.subarray(headerEnd)]));
}

/** Offset just after SOI and the APPn segments (EXIF must stay first). */
function findEndOfAppSegments(bytes: Buffer): number {
  if (bytes.readUInt16BE(0) !== 0xffd8) throw new Error('not a JPEG');
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    const marker = bytes.readUInt16BE(offset);
    if (marker < 0xffe0 || marker > 0xffef) return offset;
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  throw new Error('JPEG without image data');
}
