import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** Document kinds whose text the privacy guard reads besides PDF. */
export const TEXT_DOCUMENT = /\.(?:docx|xlsx|pptx|odt|ods|odp|csv|txt|html?)$/i;

// The parts of each Office format that hold what a reader sees; styles, themes and pictures are skipped.
const TEXT_PARTS =
  /^(?:word\/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml|xl\/(?:sharedStrings|worksheets\/[^/]+|comments\d*)\.xml|ppt\/(?:slides|notesSlides)\/[^/]+\.xml|content\.xml|docProps\/(?:core|app)\.xml)$/;

/**
 * The visible text of a .docx/.xlsx/.pptx/.odt/.ods/.odp (a ZIP of XML) or a
 * .csv/.txt/.html file, one paragraph, cell or row per line, so the same ID
 * rules as for PDFs can read it; `undefined` when the archive cannot be opened
 * (the evidence-file check reports that).
 */
export function readDocumentText(path: string): string | undefined {
  const bytes = readFileSync(path);
  if (/\.(?:csv|txt)$/i.test(path)) return bytes.toString('utf8');
  if (/\.html?$/i.test(path)) return xmlToText(bytes.toString('utf8'));
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (file) => TEXT_PARTS.test(file.name) });
  } catch {
    return undefined;
  }
  return Object.keys(parts)
    .sort()
    .map((name) => xmlToText(strFromU8(parts[name]!)))
    .join('\n');
}

/** Tags become line breaks at block ends and nothing inside a run, so a number split across runs stays whole. */
function xmlToText(xml: string): string {
  return xml
    .replace(/<(?:script|style)\b[\s\S]*?<\/(?:script|style)>/gi, ' ')
    .replace(
      /<\/(?:w:p|a:p|text:p|text:h|si|c|row|table:table-cell|p|div|td|th|tr|li|br)\s*>|<(?:br|w:br|w:tab)\b[^>]*\/?>/gi,
      '\n',
    )
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => decodeEntity(e));
}

function decodeEntity(entity: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  if (entity[0] !== '#') return named[entity.toLowerCase()] ?? '';
  return String.fromCodePoint(
    entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
  );
}
