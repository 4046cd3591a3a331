/**
 * Whether an image's EXIF block points to GPS data (tag 0x8825 in IFD0): where a
 * photo was taken can reveal a complainant's or an officer's home. Reads the raw
 * EXIF bytes sharp returns (`metadata().exif`), with or without the `Exif\0\0` prefix.
 */
export function hasGpsTag(exif: Uint8Array): boolean {
  let bytes = Buffer.from(exif);
  if (bytes.subarray(0, 6).toString('latin1') === 'Exif\0\0') bytes = bytes.subarray(6);
  if (bytes.length < 8) return false;
  const order = bytes.subarray(0, 2).toString('latin1');
  if (order !== 'II' && order !== 'MM') return false;
  const little = order === 'II';
  const u16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const ifd0 = u32(4);
  if (ifd0 + 2 > bytes.length) return false;
  const entries = u16(ifd0);
  for (let i = 0; i < entries; i++) {
    const at = ifd0 + 2 + i * 12;
    if (at + 12 > bytes.length) return false;
    if (u16(at) === 0x8825) return true;
  }
  return false;
}
