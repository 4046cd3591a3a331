/**
 * What the bytes of a PDF say about whether a reader can open it, checked
 * without a PDF library so a broken file gets a precise reason.
 */
export type PdfStructureProblem = 'not-pdf' | 'no-xref' | 'no-eof' | 'encrypted';

/** Looks for the PDF header, the cross-reference section, the end marker and an /Encrypt entry. */
export function inspectPdfStructure(bytes: Uint8Array): PdfStructureProblem | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) return 'not-pdf';
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!/startxref\s+\d+/.test(tail)) return 'no-xref';
  if (!tail.includes('%%EOF')) return 'no-eof';
  // The trailer (or, in PDF 1.5+, the cross-reference stream dictionary) names /Encrypt when the file is encrypted.
  const all = Buffer.from(bytes).toString('latin1');
  if (/\/Encrypt\s+(?:\d+\s+\d+\s+R|<<)/.test(all)) return 'encrypted';
  return undefined;
}
