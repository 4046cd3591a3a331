/**
 * Diagnostics: what a check or the validator tells a person, always in Thai and English.
 * `Problem` and `CheckOutcome` live here, below both validate/ and checks/, so neither
 * has to import the other to report something.
 */

/** One message in both languages, written as two strings rather than one split later. */
export interface Bilingual {
  /** Thai, as the clerk reads it first. */
  th: string;
  /** The same in English. */
  en: string;
}

/** One thing wrong with the content, said so that the person who wrote it can fix it. */
export interface Problem extends Bilingual {
  /** `error` stops the build; `warning` is listed and the build goes on. */
  severity: 'error' | 'warning';
  /** File path relative to the project, e.g. content/measures/2568/open-data.mdx. */
  file: string;
  /** Field inside the file, e.g. `evidence.photos[0].file`; absent when the whole file is at fault. */
  field?: string;
}

/** What one check found, with the figures shown in the report. */
export interface CheckOutcome {
  /** Machine name, e.g. `evidence-files`. */
  name: string;
  problems: Problem[];
  /** Counts for the report, e.g. `{ files: 42 }`. */
  stats: Record<string, number>;
  /** Bilingual notes that are neither errors nor warnings, e.g. "external links skipped: offline". */
  notes: string[];
}

/** A problem from its two messages: `problem('error', file, 'issue', { th: '…', en: '…' })`. */
export function problem(
  severity: Problem['severity'],
  file: string,
  field: string | undefined,
  message: Bilingual,
): Problem {
  return { severity, file, ...(field ? { field } : {}), th: message.th, en: message.en };
}

/** An error, the common case. */
export const error = (file: string, field: string | undefined, message: Bilingual): Problem =>
  problem('error', file, field, message);

/** A warning: listed, and the build goes on. */
export const warning = (file: string, field: string | undefined, message: Bilingual): Problem =>
  problem('warning', file, field, message);
