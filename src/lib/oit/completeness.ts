import type { SheetRow } from './answer-sheet';

/** Answered / total of one ITA indicator, with the codes still to fill. */
export interface IndicatorCompleteness {
  indicator: number;
  answered: number;
  total: number;
  missing: string[];
}

/**
 * How complete a year's sheet is, overall and per indicator: what staff read
 * before the assessment opens, and what `npm run check` reports.
 */
export function summariseCompleteness(rows: readonly SheetRow[]): {
  answered: number;
  total: number;
  indicators: IndicatorCompleteness[];
} {
  const byIndicator = new Map<number, IndicatorCompleteness>();
  for (const row of rows) {
    const group = byIndicator.get(row.indicator) ?? { indicator: row.indicator, answered: 0, total: 0, missing: [] };
    group.total += 1;
    if (row.hasContent) group.answered += 1;
    else group.missing.push(row.code);
    byIndicator.set(row.indicator, group);
  }
  return {
    answered: rows.filter((r) => r.hasContent).length,
    total: rows.length,
    indicators: [...byIndicator.values()].sort((a, b) => a.indicator - b.indicator),
  };
}
