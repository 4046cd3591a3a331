/**
 * Decodes a content file as UTF-8, or says in Thai and English which encoding
 * it seems to be in and how to save it as UTF-8 — before any other check reads
 * garbled text.
 */
export function decodeContentFile(bytes: Buffer): { text: string } | { error: string } {
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
