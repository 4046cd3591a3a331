import type { Bilingual } from '@/lib/diagnostics/problem';
import type { PdfReadResult } from '@/lib/privacy/pdf-text';

/** Why a PDF will not open for an assessor, and what to do, in Thai and English. */
export function describePdfProblem(file: string, result: Extract<PdfReadResult, { ok: false }>): Bilingual {
  const path = `content/evidence/${file}`;
  switch (result.reason) {
    case 'not-pdf':
      return {
        th: `ไฟล์ ${path} ไม่ใช่ PDF (ไม่มีส่วนหัว %PDF) อาจเป็นไฟล์อื่นที่เปลี่ยนนามสกุล ให้ "บันทึกเป็น PDF" จากโปรแกรมต้นฉบับ`,
        en: `${path} is not a PDF (no %PDF header); it may be another file renamed: use "Save as PDF" in the original program`,
      };
    case 'no-xref':
    case 'no-eof':
      return {
        th: `ไฟล์ ${path} ไม่สมบูรณ์ (ไม่มีตารางอ้างอิงหรือจุดสิ้นสุดไฟล์) อาจอัปโหลดหรือคัดลอกไม่ครบ ให้คัดลอกไฟล์มาใหม่`,
        en: `${path} is incomplete (no cross-reference table or end marker); it was probably cut off while copying: copy it again`,
      };
    case 'encrypted':
      return {
        th: `ไฟล์ ${path} ถูกเข้ารหัส (จำกัดสิทธิ์การพิมพ์หรือคัดลอก) ผู้ประเมินอาจเปิดหรือพิมพ์ไม่ได้ ให้บันทึกใหม่โดยไม่ตั้งรหัสผ่านหรือข้อจำกัด`,
        en: `${path} is encrypted (printing or copying restricted); assessors may not be able to open or print it: save it again without a password or restrictions`,
      };
    case 'password':
      return {
        th: `ไฟล์ ${path} ตั้งรหัสผ่านไว้ ผู้ประเมินและประชาชนจะเปิดไม่ได้ ให้บันทึกใหม่โดยไม่ตั้งรหัสผ่าน`,
        en: `${path} is password-protected, so assessors and citizens cannot open it: save it again without a password`,
      };
    case 'no-pages':
      return { th: `ไฟล์ ${path} ไม่มีหน้าเอกสารเลย ให้ตรวจไฟล์ต้นฉบับ`, en: `${path} has no pages: check the original file` };
    default:
      return {
        th: `เปิดไฟล์ ${path} ไม่ได้ ไฟล์อาจเสียหาย (${result.detail ?? 'อ่านโครงสร้างไม่ได้'}) ให้บันทึกเป็น PDF ใหม่จากต้นฉบับ`,
        en: `${path} cannot be opened; it appears damaged (${result.detail ?? 'unreadable structure'}): save it as PDF again from the original`,
      };
  }
}
