import { join } from 'node:path';
import sharp from 'sharp';
import { hasGpsTag } from '../privacy/exif-gps';
import { createProblem, type Problem } from '../validate/problem';
import { listDistFiles } from './dist-files';
import type { CheckOutcome } from './outcome';

const IMAGE = /\.(?:jpe?g|png|webp|avif|tiff?)$/i;

/** No image in the built site may carry GPS coordinates in its metadata. */
export async function checkDistImages(dir: string): Promise<CheckOutcome> {
  const problems: Problem[] = [];
  const images = listDistFiles(dir).filter((f) => IMAGE.test(f));
  for (const file of images) {
    const { exif } = await sharp(join(dir, file)).metadata();
    if (exif && hasGpsTag(exif)) {
      problems.push(createProblem('error', `dist/${file}`, undefined, 'ภาพนี้ยังมีพิกัด GPS ของสถานที่ถ่ายในข้อมูลภาพ ยังไม่ได้เผยแพร่ (เป็นข้อบกพร่องของโปรแกรม โปรดแจ้งผู้ดูแล) / this image still carries the GPS position where it was taken; nothing was published (a bug in the generator: please report it)'));
    }
  }
  return { name: 'dist-images', problems, stats: { images: images.length }, notes: [] };
}
