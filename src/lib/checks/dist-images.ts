import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { hasGpsTag } from '@/lib/privacy/exif-gps';
import { isStagedOriginalName } from '@/lib/data/photo-source';
import { isPlainlyMetadataFree } from '@/lib/privacy/metadata-free';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import { snapshotDist, type DistSnapshot } from './dist-files';
import type { CheckOutcome } from './outcome';

const IMAGE = /\.(?:jpe?g|png|webp|avif|tiff?)$/i;

/**
 * No image in the built site may carry GPS coordinates in its metadata, and
 * no original photo may be left in it: originals are only linked into the
 * output while their resized copies are made (src/lib/data/photo-source.ts).
 */
export async function checkDistImages(dir: string, dist: DistSnapshot = snapshotDist(dir)): Promise<CheckOutcome> {
  const problems: Problem[] = [];
  const { files, links } = dist;
  const leftovers = new Set([...links, ...files.filter(isStagedOriginalName)]);
  for (const leftover of [...leftovers].sort()) {
    problems.push(
      problem('error', `dist/${leftover}`, undefined, {
        th: 'ภาพต้นฉบับ (ซึ่งอาจมีพิกัด GPS) ยังค้างอยู่ในเว็บที่สร้าง ยังไม่ได้เผยแพร่ (เป็นข้อบกพร่องของโปรแกรม โปรดแจ้งผู้ดูแล)',
        en: 'an original photo (which may carry GPS) was left in the built site; nothing was published (a bug in the generator: please report it)',
      }),
    );
  }
  const images = files.filter((f) => IMAGE.test(f) && !leftovers.has(f));
  let opened = 0;
  for (const file of images) {
    if (isPlainlyMetadataFree(readHead(join(dir, file)))) continue;
    opened++;
    const { exif } = await sharp(join(dir, file)).metadata();
    if (exif && hasGpsTag(exif)) {
      problems.push(
        problem('error', `dist/${file}`, undefined, {
          th: 'ภาพนี้ยังมีพิกัด GPS ของสถานที่ถ่ายในข้อมูลภาพ ยังไม่ได้เผยแพร่ (เป็นข้อบกพร่องของโปรแกรม โปรดแจ้งผู้ดูแล)',
          en: 'this image still carries the GPS position where it was taken; nothing was published (a bug in the generator: please report it)',
        }),
      );
    }
  }
  return { name: 'dist-images', problems, stats: { images: images.length, openedWithSharp: opened }, notes: [] };
}

/** The first 64 KB of a file: enough for the headers where image metadata lives. */
function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
}
