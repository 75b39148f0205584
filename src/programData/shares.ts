import { MEASURE_IDS } from './measures';
import type { QuarterEntry } from './model';

/**
 * Shares of calls: diverted from jail, and handled by a CIT-trained officer. A share is taken only
 * over agencies that reported both numbers it needs; an agency that left one out would otherwise
 * make the share look better or worse than it is.
 */
export interface Share {
  /** What is counted over the calls (for diversion: calls that did not end in arrest or jail). */
  part: number;
  calls: number;
  agencies: number;
  /** From 0 to 1; null when no agency reported both numbers, or reported no calls. */
  share: number | null;
}

function shareOver(
  entries: readonly QuarterEntry[],
  partOf: (values: Record<string, number>) => number | undefined,
): Share {
  let part = 0;
  let calls = 0;
  let agencies = 0;
  for (const entry of entries) {
    const callCount = entry.values[MEASURE_IDS.mentalHealthCalls];
    const counted = partOf(entry.values);
    if (callCount === undefined || counted === undefined) continue;
    part += counted;
    calls += callCount;
    agencies += 1;
  }
  return { part, calls, agencies, share: calls > 0 ? part / calls : null };
}

/** (calls − arrest or jail) / calls. An arrest count above the calls (a typing slip) counts as all calls. */
export function diversionShare(entries: readonly QuarterEntry[]): Share {
  return shareOver(entries, (values) => {
    const arrests = values[MEASURE_IDS.arrestOrJail];
    const calls = values[MEASURE_IDS.mentalHealthCalls];
    if (arrests === undefined || calls === undefined) return undefined;
    return Math.max(0, calls - arrests);
  });
}

/** Calls a CIT-trained officer handled / calls. */
export function citHandledShare(entries: readonly QuarterEntry[]): Share {
  return shareOver(entries, (values) => {
    const handled = values[MEASURE_IDS.citHandled];
    const calls = values[MEASURE_IDS.mentalHealthCalls];
    return handled === undefined || calls === undefined ? undefined : Math.min(handled, calls);
  });
}

/** Each share by quarter, for its chart. */
export function sharesByQuarter(
  entries: readonly QuarterEntry[],
  quarters: readonly string[],
  shareOf: (entries: readonly QuarterEntry[]) => Share,
): Array<{ quarter: string } & Share> {
  const byQuarter = new Map<string, QuarterEntry[]>();
  for (const entry of entries) byQuarter.set(entry.quarter, [...(byQuarter.get(entry.quarter) ?? []), entry]);
  return quarters.map((quarter) => ({ quarter, ...shareOf(byQuarter.get(quarter) ?? []) }));
}
