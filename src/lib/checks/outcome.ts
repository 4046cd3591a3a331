import type { Problem } from '../validate/problem';

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
