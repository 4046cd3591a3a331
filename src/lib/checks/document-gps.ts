import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { hasGpsTag } from '../privacy/exif-gps';
import { createProblem, type Problem } from '../validate/problem';
import { isImage, type EvidenceReference } from './evidence-refs';

/**
 * A photo listed as a document (or attachment) is published byte for byte, so
 * GPS coordinates in it would go out with it; only `evidence.photos` are
 * re-encoded without them. Said here, with the entry and the field, rather than
 * by the check on the built site, which can only blame the generator.
 */
export async function checkDocumentPhotosForGps(evidenceDir: string, refs: EvidenceReference[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const ref of refs) {
    if (!isImage(ref.file) || ref.field.startsWith('evidence.photos')) continue;
    const path = join(evidenceDir, ref.file);
    if (!existsSync(path)) continue;
    let exif: Buffer | undefined;
    try {
      exif = (await sharp(path).metadata()).exif;
    } catch {
      continue; // An image that does not open is reported by the decode check.
    }
    if (!exif || !hasGpsTag(exif)) continue;
    const asPhoto = ref.field.startsWith('evidence.documents');
    const th = asPhoto
      ? 'ให้ย้ายภาพนี้ไปไว้ใน evidence.photos (ระบบจะลบพิกัดออกให้เอง) หรือลบพิกัดออกจากไฟล์ก่อน'
      : 'ให้ลบพิกัดออกจากไฟล์ก่อน หรือบันทึกเป็น PDF';
    const en = asPhoto
      ? 'move it to evidence.photos (the site removes the location from photos itself), or remove the location from the file first'
      : 'remove the location from the file first, or save it as PDF';
    problems.push(createProblem('error', ref.source, ref.field, `ภาพ content/evidence/${ref.file} มีพิกัด GPS ของสถานที่ถ่าย และไฟล์ที่แนบเป็นเอกสารจะเผยแพร่ตามต้นฉบับทุกไบต์ พิกัดจึงจะหลุดออกไปด้วย ${th} (ใน Windows: คลิกขวาที่ไฟล์ > Properties > Details > Remove Properties and Personal Information) / the image content/evidence/${ref.file} carries the GPS position where it was taken, and a file attached as a document is published byte for byte, location included: ${en} (in Windows: right-click the file > Properties > Details > Remove Properties and Personal Information)`));
  }
  return problems;
}
