import type { MeasureStatus } from '@/schemas/status';
import { MEASURE_STATUSES } from '@/schemas/status';

/** The items before and after position `index` of an ordered list. */
export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/** Previous/next links for issue and measure pages. */
export function findNeighbours<T>(list: readonly T[], index: number): Neighbours<T> {
  return {
    previous: index > 0 ? list[index - 1] : undefined,
    next: index >= 0 && index < list.length - 1 ? list[index + 1] : undefined,
  };
}

/** How many measures stand at each status; every status is present, zero when none. */
export function countByStatus(measures: readonly { data: { status: MeasureStatus } }[]): Record<MeasureStatus, number> {
  const counts = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as Record<MeasureStatus, number>;
  for (const m of measures) counts[m.data.status] += 1;
  return counts;
}
