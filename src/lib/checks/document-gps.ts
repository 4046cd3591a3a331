import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import sharp from 'sharp';
import { hasGpsTag } from '@/lib/privacy/exif-gps';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import { isImage, type EvidenceReference } from '@/lib/content/evidence-refs';

/**
 * A photo listed as a document (or attachment) is published byte for byte, so
 * GPS coordinates in it would go out with it; only `evidence.photos` are
 * re-encoded without them. Said here, with the entry and the field, rather than
 * by the check on the built site, which can only blame the generator.
 */
export async function checkDocumentPhotosForGps(evidenceDir: string, refs: EvidenceReference[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const ref of refs) {
    if (OFFICE.test(ref.file)) {
      problems.push(...(await checkEmbeddedPhotos(evidenceDir, ref)));
      continue;
    }
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
    problems.push(
      problem('error', ref.source, ref.field, {
        th: `ภาพ content/evidence/${ref.file} มีพิกัด GPS ของสถานที่ถ่าย และไฟล์ที่แนบเป็นเอกสารจะเผยแพร่ตามต้นฉบับทุกไบต์ พิกัดจึงจะหลุดออกไปด้วย ${th} (ใน Windows: คลิกขวาที่ไฟล์ > Properties > Details > Remove Properties and Personal Information)`,
        en: `the image content/evidence/${ref.file} carries the GPS position where it was taken, and a file attached as a document is published byte for byte, location included: ${en} (in Windows: right-click the file > Properties > Details > Remove Properties and Personal Information)`,
      }),
    );
  }
  return problems;
}

const OFFICE = /\.(?:docx|xlsx|pptx|odt|ods|odp)$/i;
/** Where Office and OpenDocument files keep inserted pictures. */
const MEDIA = /^(?:word|xl|ppt)\/media\/[^/]+\.(?:jpe?g|png|webp|tiff?)$|^Pictures\/[^/]+\.(?:jpe?g|png|webp|tiff?)$/i;

/** A phone photo inserted into a Word or Excel file keeps its GPS tags inside the file, which is published as it is. */
async function checkEmbeddedPhotos(evidenceDir: string, ref: EvidenceReference): Promise<Problem[]> {
  const path = join(evidenceDir, ref.file);
  if (!existsSync(path)) return [];
  let media: Record<string, Uint8Array>;
  try {
    media = unzipSync(readFileSync(path), { filter: (f) => MEDIA.test(f.name) });
  } catch {
    return []; // A damaged archive is reported by the evidence-file check.
  }
  const tagged: string[] = [];
  for (const [name, bytes] of Object.entries(media)) {
    try {
      const { exif } = await sharp(bytes).metadata();
      if (exif && hasGpsTag(exif)) tagged.push(name);
    } catch {
      // A picture sharp cannot read is left to the office suite; only readable GPS tags are at issue.
    }
  }
  if (!tagged.length) return [];
  const names = tagged.sort().join(', ');
  return [
    problem('error', ref.source, ref.field, {
      th: `ไฟล์ content/evidence/${ref.file} มีภาพถ่ายที่ยังมีพิกัด GPS ของสถานที่ถ่ายอยู่ข้างใน (${names}) ไฟล์นี้จะเผยแพร่ตามต้นฉบับ พิกัดจึงจะหลุดออกไปด้วย ให้ลบพิกัดออกจากภาพก่อน (ใน Windows: คลิกขวาที่ไฟล์ภาพ > Properties > Details > Remove Properties and Personal Information) แล้วแทรกภาพใหม่ หรือแนบภาพนั้นใน evidence.photos แทน`,
      en: `content/evidence/${ref.file} contains photos that still carry the GPS position where they were taken (${names}); the file is published as it is, location included: remove the location from the photo first (in Windows: right-click the picture file > Properties > Details > Remove Properties and Personal Information) and insert it again, or attach the photo under evidence.photos instead`,
    }),
  ];
}
