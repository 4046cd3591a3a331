import { inspectPdfStructure, type PdfStructureProblem } from './pdf-structure';

/** The outcome of opening a PDF the way a reader's browser would. */
export type PdfReadResult =
  | { ok: true; pages: number; text: string }
  | { ok: false; reason: PdfStructureProblem | 'password' | 'no-pages' | 'unreadable'; detail?: string };

/**
 * Opens a PDF with Mozilla's pdf.js (what Firefox uses) to prove it has pages
 * and to extract its text for the privacy guard. pdf.js decodes compressed
 * streams and the font maps of Thai documents, which hand-written parsing of
 * Flate streams cannot (text from Word is glyph ids until mapped to Unicode).
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadResult> {
  const structural = inspectPdfStructure(bytes);
  if (structural && structural !== 'encrypted') return { ok: false, reason: structural };
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0, stopAtErrors: true });
  try {
    const doc = await task.promise;
    // An encrypted file that opens without a password still restricts copying and printing, which assessors need.
    if (structural === 'encrypted') return { ok: false, reason: 'encrypted' };
    if (doc.numPages < 1) return { ok: false, reason: 'no-pages' };
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return { ok: true, pages: doc.numPages, text: pages.join('\n') };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { ok: false, reason: 'password' };
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
