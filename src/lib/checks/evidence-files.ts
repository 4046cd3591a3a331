import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { evidencePathSchema } from '@/schemas/evidence';
import { readPdfFile } from '@/lib/privacy/read-pdf-file';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import type { ValidatedContent } from '@/lib/validate/validate-content';
import type { CheckConfig } from './config';
import { listEvidenceReferences, type EvidenceReference } from '@/lib/content/evidence-refs';
import type { CheckOutcome } from './outcome';
import { checkDocumentPhotosForGps } from './document-gps';
import { checkDocumentKinds } from './document-kinds';
import { describePdfProblem } from './pdf-messages';
import { VerifiedFiles } from './verified-files';

const MB = 1024 * 1024;

/**
 * Every evidence file a published entry names must open for an assessor:
 * PDFs parse and have pages, images decode, sizes stay within the limits, and
 * every file in content/evidence/ has a name that is safe in a URL.
 * (A file that does not exist at all is reported by content validation.)
 */
export async function checkEvidenceFiles(
  root: string,
  content: ValidatedContent,
  config: CheckConfig,
): Promise<CheckOutcome> {
  const evidenceDir = join(root, 'content', 'evidence');
  const problems: Problem[] = [];
  const refs = listEvidenceReferences(content);
  const byFile = new Map<string, EvidenceReference>();
  for (const ref of refs) if (!byFile.has(ref.file)) byFile.set(ref.file, ref);
  let bytes = 0;
  let checked = 0;
  let reused = 0;
  const verified = VerifiedFiles.open(join(root, 'node_modules', '.cache', 'ita-checks'));
  for (const ref of byFile.values()) {
    const path = join(evidenceDir, ref.file);
    if (!existsSync(path)) continue;
    checked++;
    const size = statSync(path).size;
    bytes += size;
    problems.push(...checkSize(ref, size, config));
    if (verified.has(path)) {
      reused++;
      continue;
    }
    const before = problems.length;
    if (/\.pdf$/i.test(ref.file)) {
      const result = await readPdfFile(path, join(root, 'node_modules', '.cache', 'ita-checks'));
      if (!result.ok) problems.push(problem('error', ref.source, ref.field, describePdfProblem(ref.file, result)));
    } else if (/\.(?:docx|xlsx|pptx|odt|ods|odp)$/i.test(ref.file) && !isCompleteZip(path)) {
      problems.push(
        problem('error', ref.source, ref.field, {
          th: `เปิดไฟล์ content/evidence/${ref.file} ไม่ได้ ไฟล์เสียหรือคัดลอกมาไม่ครบ ให้บันทึกใหม่ (หรือบันทึกเป็น PDF ซึ่งผู้ประเมินเปิดได้ทุกเครื่อง)`,
          en: `content/evidence/${ref.file} cannot be opened; it is damaged or incomplete: save it again (or save it as PDF, which every assessor can open)`,
        }),
      );
    } else if (/\.(?:jpe?g|png|webp|gif|avif)$/i.test(ref.file)) {
      const message = await decodeImage(path);
      if (message)
        problems.push(
          problem('error', ref.source, ref.field, {
            th: `เปิดภาพ content/evidence/${ref.file} ไม่ได้ ไฟล์อาจเสียหรือส่งมาไม่ครบ ให้บันทึกภาพใหม่จากต้นฉบับ (${message})`,
            en: `the image content/evidence/${ref.file} cannot be opened; it may be damaged or incomplete: save it again from the original (${message})`,
          }),
        );
    }
    if (problems.length === before) verified.add(path);
  }
  verified.save();
  problems.push(...(await checkDocumentPhotosForGps(evidenceDir, refs)), ...checkDocumentKinds(refs, config));
  const names = checkFileNames(evidenceDir, new Set(byFile.keys()));
  problems.push(...names.problems);
  return {
    name: 'evidence-files',
    problems,
    stats: { files: checked, reusedFromCache: reused, bytes, filesInFolder: names.count },
    notes: [],
  };
}

/** Office files are ZIP archives: a local-file header at the start and the end-of-directory record at the end. */
function isCompleteZip(path: string): boolean {
  const bytes = readFileSync(path);
  const tail = bytes.subarray(Math.max(0, bytes.length - 65_557));
  return (
    bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) &&
    tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  );
}

function checkSize(ref: EvidenceReference, size: number, config: CheckConfig): Problem[] {
  const limit = (ref.kind === 'photo' ? config.maxPhotoMB : config.maxDocumentMB) * MB;
  if (size <= limit) return [];
  const mb = (size / MB).toFixed(1);
  const max = limit / MB;
  const hint =
    ref.kind === 'photo'
      ? `ย่อภาพให้กว้างไม่เกิน 2000 พิกเซลและบันทึกเป็น JPEG คุณภาพ 80% (เช่น ใช้โปรแกรมแต่งภาพ หรือ squoosh) / resize it to at most 2000 px wide and save as JPEG at quality 80 (e.g. in any photo editor or squoosh)`
      : `บันทึกใหม่แบบ "ลดขนาดไฟล์" (Reduce File Size) สแกนที่ 150 dpi ขาวดำหรือเฉดเทา หรือแยกเป็นหลายไฟล์ / save it again with "Reduce File Size", scan at 150 dpi in black-and-white or greyscale, or split it into several files`;
  return [
    problem('error', ref.source, ref.field, {
      th: `ไฟล์ content/evidence/${ref.file} ใหญ่ ${mb} MB เกินขนาดที่กำหนด ${max} MB: ${hint}`,
      en: `the file content/evidence/${ref.file} is ${mb} MB, over the ${max} MB limit: ${hint.split(' / ')[1]}`,
    }),
  ];
}

async function decodeImage(path: string): Promise<string | undefined> {
  try {
    // Decoding (not just reading the header) finds truncated uploads; shrink-on-load keeps it fast.
    await sharp(path, { failOn: 'error' }).resize(32, 32, { fit: 'inside' }).raw().toBuffer();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

function checkFileNames(evidenceDir: string, referenced: Set<string>): { problems: Problem[]; count: number } {
  const problems: Problem[] = [];
  let count = 0;
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (!item.name.startsWith('.')) {
        count++;
        const rel = relative(evidenceDir, path).split('\\').join('/');
        if (!referenced.has(rel) && !evidencePathSchema.safeParse(rel).success) {
          problems.push(
            problem('warning', `content/evidence/${rel}`, undefined, {
              th: `ชื่อไฟล์มีช่องว่าง ภาษาไทย หรืออักขระที่ใช้ในลิงก์ไม่ได้ ให้เปลี่ยนชื่อเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีด เช่น meeting-01.pdf`,
              en: `the file name has spaces, Thai letters or characters that break links: rename it using a–z, 0–9 and hyphens, e.g. meeting-01.pdf`,
            }),
          );
        }
      }
    }
  };
  walk(evidenceDir);
  return { problems, count };
}
