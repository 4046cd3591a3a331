/**
 * Shapes shared by the report importer. A source document (Word, CSV, pasted
 * text) is first reduced to plain tables of cell texts plus the lines of text
 * outside tables; everything after that works on this one shape.
 */

/** One table as found in the source, cells as plain text (paragraphs joined by newlines). */
export interface SourceTable {
  /** 1-based position among the document's tables, for the report. */
  index: number;
  /** Rows of cell texts. Merged cells are repeated into every row/column they cover. */
  rows: string[][];
  /** Cells that repeat a merged cell's text, as `row,column` (0-based), so their text is not used twice. */
  spanned: Set<string>;
  /** Line of the source file the table starts on (text sources), for the report. */
  line?: number;
  /**
   * Paragraphs between the previous table and this one: in memo-style reports the
   * heading that names a table's indicator, or the sentence giving the ITA year, sits there.
   */
  before?: string[];
}

/** A whole source document. */
export interface SourceDocument {
  /** Path as given on the command line. */
  file: string;
  /** Paragraphs outside tables, in order (title lines, introductions). */
  lines: string[];
  /** Tables in order. */
  tables: SourceTable[];
}

/** Where in the source a piece of text came from. 1-based, as a person counts. */
export interface SourcePlace {
  table: number;
  row: number;
  column?: number;
  /** Header text of the column, when known. */
  header?: string;
}

/** One line of the import report. */
export interface ImportNote {
  /** `error`: something was not imported; `warning`: imported, but a person should check; `info`: what was done. */
  severity: 'error' | 'warning' | 'info';
  /** Source file. */
  file: string;
  place?: SourcePlace;
  /** Thai message. */
  th: string;
  /** English message. */
  en: string;
  /** Source text the note is about, kept in full so nothing is lost. */
  text?: string;
}
