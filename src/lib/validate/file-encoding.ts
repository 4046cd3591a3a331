/**
 * Decodes a content file as UTF-8, or says in Thai and English which encoding
 * it seems to be in and how to save it as UTF-8 — before any other check reads
 * garbled text.
 */
export function decodeContentFile(bytes: Buffer): { text: string } | { error: string } {
  const binary = detectBinaryKind(bytes);
  if (binary) {
    return {
      error: `ไฟล์นี้ไม่ใช่ไฟล์ข้อความ แต่เป็น${binary[0]}ที่ถูกเปลี่ยนนามสกุล ระบบอ่านไม่ได้ ให้คัดลอกข้อความไปวางในไฟล์ใหม่ที่สร้างด้วย Notepad (หรือ npm run edit) แล้วบันทึกเป็น UTF-8 ส่วนไฟล์ต้นฉบับให้วางไว้ใน content/evidence/ แล้วแนบเป็นเอกสาร / this is not a text file but ${binary[1]} renamed, which cannot be read: copy its text into a new file made in Notepad (or npm run edit) saved as UTF-8, and put the original in content/evidence/ to attach it as a document`,
    };
  }
  const found = detectNonUtf8(bytes);
  if (found) {
    return {
      error: `ไฟล์นี้บันทึกเป็นรหัส ${found} ไม่ใช่ UTF-8 ภาษาไทยจะอ่านผิด ให้เปิดไฟล์ใน Notepad แล้วเลือก File > Save As (บันทึกเป็น) ช่อง Encoding เลือก UTF-8 แล้วบันทึกทับ / this file is saved as ${found}, not UTF-8, so its Thai text would be garbled: open it in Notepad, choose File > Save As, set Encoding to UTF-8 and save over it`,
    };
  }
  return { text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

function detectNonUtf8(bytes: Buffer): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16 (Unicode)';
  // UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
  if (bytes.subarray(0, 64).includes(0)) return 'UTF-16 (Unicode)';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Thai in TIS-620/Windows-874 sits at 0xA1–0xFB; anything else is named only as "not UTF-8".
    let thai = 0;
    for (const b of bytes) if (b >= 0xa1 && b <= 0xfb) thai++;
    return thai > 0 ? 'Windows-874 (TIS-620)' : 'ANSI';
  }
}

/** A Word file or PDF renamed to .mdx/.yaml would otherwise be named "UTF-16" for its zero bytes. */
function detectBinaryKind(bytes: Buffer): [string, string] | undefined {
  const head = bytes.subarray(0, 8).toString('latin1');
  if (head.startsWith('PK\x03\x04'))
    return ['ไฟล์ Word/Excel/PowerPoint (หรือไฟล์ zip)', 'a Word, Excel or PowerPoint file (or a zip)'];
  if (head.startsWith('\xd0\xcf\x11\xe0'))
    return ['ไฟล์ Word/Excel รุ่นเก่า (.doc/.xls)', 'an old Word or Excel file (.doc/.xls)'];
  if (head.startsWith('%PDF')) return ['ไฟล์ PDF', 'a PDF'];
  if (head.startsWith('\xff\xd8\xff') || head.startsWith('\x89PNG')) return ['ไฟล์ภาพ', 'a picture'];
  return undefined;
}
