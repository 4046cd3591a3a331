import { makePdf } from './make-pdf';

/**
 * A one-page PDF whose text extracts with Thai digits (๐–๙), as a Thai font
 * would give: the page draws ASCII digits and a ToUnicode map says they are
 * U+0E50–U+0E59, which is exactly what a text extractor reads.
 */
export function makeThaiDigitPdf(lines: string[]): Buffer {
  const plain = makePdf(lines, { compress: false }).toString('latin1');
  const cmap = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<00> <FF>',
    'endcodespacerange',
    '2 beginbfrange',
    '<20> <2F> <0020>',
    '<30> <39> <0E50>',
    'endbfrange',
    '1 beginbfrange',
    '<3A> <7E> <003A>',
    'endbfrange',
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
  // Rebuild with a sixth object (the map) and the font pointing at it; offsets are recomputed below.
  const bodies = [...plain.matchAll(/\d+ 0 obj\n([\s\S]*?)\nendobj\n/g)].map((m) => m[1]!);
  bodies[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>';
  bodies.push(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${out.length}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
