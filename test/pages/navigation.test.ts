import { describe, expect, it } from 'vitest';
import { countByStatus, findNeighbours } from '@/lib/data/navigation';
import { countRoundStatuses, selectRoundRow } from '@/lib/data/report-view';
import type { MeasureEntry } from '@/lib/data/measures';

describe('previous/next and status counts', () => {
  it('finds the neighbours of an item, none beyond the ends', () => {
    expect(findNeighbours(['a', 'b', 'c'], 0)).toEqual({ previous: undefined, next: 'b' });
    expect(findNeighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(findNeighbours(['a', 'b', 'c'], 2)).toEqual({ previous: 'b', next: undefined });
  });

  it('counts every status, zero when none', () => {
    const m = (status: 'done' | 'planned') => ({ data: { status } });
    expect(countByStatus([m('done'), m('done'), m('planned')])).toEqual({
      planned: 1,
      'in-progress': 0,
      done: 2,
      'not-done': 0,
    });
  });
});

describe('a measure as a report round shows it', () => {
  const measure = {
    data: {
      status: 'done',
      outputs: ['final output'],
      outcomes: ['final outcome'],
      obstacles: [],
      progress: [{ round: 6, status: 'in-progress', outputs: ['half-year output'], outcomes: [], obstacles: ['rain'] }],
    },
  } as unknown as MeasureEntry;

  it('uses the round entry when there is one', () => {
    expect(selectRoundRow(measure, 6, 12)).toEqual({
      status: 'in-progress',
      outputs: ['half-year output'],
      outcomes: [],
      obstacles: ['rain'],
    });
  });

  it('fills what the latest round entry leaves out from the current fields, never for an earlier round', () => {
    const latestEntry = {
      data: {
        ...measure.data,
        progress: [{ round: 12, status: 'done', outputs: ['year output'], outcomes: [], obstacles: [] }],
      },
    } as unknown as MeasureEntry;
    expect(selectRoundRow(latestEntry, 12, 12)).toEqual({
      status: 'done',
      outputs: ['year output'],
      outcomes: ['final outcome'],
      obstacles: [],
    });
    expect(selectRoundRow(measure, 6, 12).outcomes).toEqual([]);
  });

  it('counts the statuses a round reports, not the current ones', () => {
    const silent = { data: { ...measure.data, progress: [] } } as unknown as MeasureEntry;
    expect(countRoundStatuses([measure, silent], 6, 12)).toEqual({
      planned: 0,
      'in-progress': 1,
      done: 0,
      'not-done': 0,
    });
    expect(countRoundStatuses([measure, silent], 12, 12)).toEqual({
      planned: 0,
      'in-progress': 0,
      done: 2,
      'not-done': 0,
    });
  });

  it('falls back to the current fields for the latest round only', () => {
    expect(selectRoundRow(measure, 12, 12).status).toBe('done');
    expect(selectRoundRow(measure, 12, 12).outputs).toEqual(['final output']);
    const noEarlyEntry = { data: { ...measure.data, progress: [] } } as unknown as MeasureEntry;
    expect(selectRoundRow(noEarlyEntry, 6, 12)).toEqual({
      status: undefined,
      outputs: [],
      outcomes: [],
      obstacles: [],
    });
  });
});
