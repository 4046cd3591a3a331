import type { MeasureProgress } from '@/schemas/measure';
import type { MeasureStatus, ReportRound } from '@/schemas/status';
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
 * for the latest round, what its entry leaves out comes from the measure's
 * current fields (they are what the latest report says); an earlier round
 * shows only its own entry, and without one it has no status.
 */
export function selectRoundRow(
  measure: MeasureEntry,
  round: ReportRound | undefined,
  latestRound: ReportRound | undefined,
): RoundRow {
  const d = measure.data;
  const entry: MeasureProgress | undefined = round ? d.progress.find((p) => p.round === round) : undefined;
  const isLatest = round === undefined || round === latestRound;
  const orCurrent = (own: string[], current: string[]) => (own.length || !isLatest ? own : current);
  if (entry) {
    return {
      status: entry.status,
      outputs: orCurrent(entry.outputs, d.outputs),
      outcomes: orCurrent(entry.outcomes, d.outcomes),
      obstacles: orCurrent(entry.obstacles, d.obstacles),
    };
  }
  if (isLatest) return { status: d.status, outputs: d.outputs, outcomes: d.outcomes, obstacles: d.obstacles };
  return { status: undefined, outputs: [], outcomes: [], obstacles: [] };
}

/** How many measures a round reports at each status (measures the round says nothing about are left out). */
export function countRoundStatuses(
  measures: MeasureEntry[],
  round: ReportRound | undefined,
  latestRound: ReportRound | undefined,
): Record<MeasureStatus, number> {
  const counts: Record<MeasureStatus, number> = { planned: 0, 'in-progress': 0, done: 0, 'not-done': 0 };
  for (const m of measures) {
    const status = selectRoundRow(m, round, latestRound).status;
    if (status) counts[status] += 1;
  }
  return counts;
}
