import type { MeasureProgress } from '../../schemas/measure';
import type { MeasureStatus, ReportRound } from '../../schemas/status';
import type { MeasureEntry } from './measures';

/** What one row of a report round's table shows for a measure. */
export interface RoundRow {
  status: MeasureStatus | undefined;
  outputs: string[];
  outcomes: string[];
  obstacles: string[];
}

/**
 * A measure as a given round reported it. The round's progress entry wins;
 * the latest round falls back to the measure's current fields (that is what
 * the latest report says); an earlier round without an entry has no status.
 */
export function selectRoundRow(measure: MeasureEntry, round: ReportRound | undefined, latestRound: ReportRound | undefined): RoundRow {
  const d = measure.data;
  const entry: MeasureProgress | undefined = round ? d.progress.find((p) => p.round === round) : undefined;
  if (entry) {
    return {
      status: entry.status,
      outputs: entry.outputs,
      outcomes: entry.outcomes,
      obstacles: entry.obstacles,
    };
  }
  if (round === undefined || round === latestRound) return { status: d.status, outputs: d.outputs, outcomes: d.outcomes, obstacles: d.obstacles };
  return { status: undefined, outputs: [], outcomes: [], obstacles: [] };
}
