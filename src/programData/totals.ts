import type { QuarterEntry } from './model';

/**
 * Adding agencies' numbers up. A total counts only the agencies that reported the measure, and
 * says how many did, because "12 arrests" means something else from one agency than from five.
 */
export interface Total {
  /** Null when no agency reported the measure that quarter. */
  sum: number | null;
  agencies: number;
}

export type QuarterTotals = Map<string, Total>;

function add(totals: QuarterTotals, measureId: string, value: number): void {
  const total = totals.get(measureId) ?? { sum: 0, agencies: 0 };
  totals.set(measureId, { sum: (total.sum ?? 0) + value, agencies: total.agencies + 1 });
}

/** Totals of every measure across agencies, by quarter (quarters in time order). */
export function totalsByQuarter(entries: readonly QuarterEntry[]): Map<string, QuarterTotals> {
  const byQuarter = new Map<string, QuarterTotals>();
  const sorted = [...entries].sort((a, b) => a.quarter.localeCompare(b.quarter));
  for (const entry of sorted) {
    const totals = byQuarter.get(entry.quarter) ?? new Map<string, Total>();
    for (const [measureId, value] of Object.entries(entry.values)) add(totals, measureId, value);
    byQuarter.set(entry.quarter, totals);
  }
  return byQuarter;
}

export function totalOf(totals: QuarterTotals | undefined, measureId: string): Total {
  return totals?.get(measureId) ?? { sum: null, agencies: 0 };
}

/** One measure over the quarters given: the points of its chart, null where nobody reported. */
export function seriesOf(
  byQuarter: ReadonlyMap<string, QuarterTotals>,
  measureId: string,
  quarters: readonly string[],
): Array<{ quarter: string; value: number | null }> {
  return quarters.map((quarter) => ({ quarter, value: totalOf(byQuarter.get(quarter), measureId).sum }));
}

/** The quarters that have any number entered, in time order: what a progress check cites. */
export function quartersEntered(entries: readonly QuarterEntry[]): string[] {
  const quarters = new Set<string>();
  for (const entry of entries) if (Object.keys(entry.values).length) quarters.add(entry.quarter);
  return [...quarters].sort();
}
