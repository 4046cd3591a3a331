import { TEXT_DOCUMENT } from '@/lib/privacy/document-text';
import { problem, type Problem } from '@/lib/diagnostics/problem';
import type { CheckConfig } from './config';
import { isImage, type EvidenceReference } from '@/lib/content/evidence-refs';

/** What to save an unreadable kind as, so the privacy guard can read it and every assessor can open it. */
const BETTER: Record<string, string> = {
  doc: 'PDF / .docx',
  xls: '.xlsx',
  ppt: 'PDF / .pptx',
  rtf: 'PDF / .docx',
  pages: 'PDF',
  numbers: '.xlsx',
  key: 'PDF',
  hwp: 'PDF',
};

/**
 * Every published document is of a kind the privacy guard reads (PDF,
 * Office/OpenDocument, CSV, TXT, HTML) or an image; any other kind (.doc,
 * .zip, .dwg …) could carry national ID numbers no check sees, so it is
 * refused unless content/checks.yaml lists it under otherDocumentKinds with a
 * reason and who approved.
 */
export function checkDocumentKinds(refs: EvidenceReference[], config: CheckConfig): Problem[] {
  const allowed = new Set(config.otherDocumentKinds.map((k) => k.ext));
  return refs.flatMap((ref) => {
    if (/\.pdf$/i.test(ref.file) || TEXT_DOCUMENT.test(ref.file) || isImage(ref.file)) return [];
    const ext = /\.([^./]+)$/.exec(ref.file)?.[1]?.toLowerCase() ?? '';
    if (allowed.has(ext)) return [];
    const better = BETTER[ext] ?? 'PDF';
    const archive = /^(?:zip|rar|7z|tar|gz)$/.test(ext);
    const th = archive ? 'ให้แตกไฟล์แล้วแนบแต่ละไฟล์แยกกัน' : `ให้บันทึกเป็น ${better} แล้วแนบไฟล์นั้นแทน`;
    const en = archive ? 'unpack it and attach each file on its own' : `save it as ${better} and attach that instead`;
    return [
      problem('error', ref.source, ref.field, {
        th: `ไฟล์ content/evidence/${ref.file} เป็นชนิด .${ext} ซึ่งระบบตรวจข้อมูลส่วนบุคคลอ่านไม่ได้ จึงยังไม่เผยแพร่ ${th} หากจำเป็นต้องเผยแพร่ไฟล์ชนิดนี้ตามต้นฉบับจริง ให้เพิ่มใน content/checks.yaml: otherDocumentKinds: [{ ext: ${ext}, reason: "เหตุผล", approvedBy: "ผู้อนุมัติ" }]`,
        en: `content/evidence/${ref.file} is a .${ext} file, which the privacy guard cannot read, so it is not published: ${en}; if it really must be published as it is, add to content/checks.yaml: otherDocumentKinds: [{ ext: ${ext}, reason: "why", approvedBy: "who approved" }]`,
      }),
    ];
  });
}
