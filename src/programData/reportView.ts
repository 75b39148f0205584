import type { Audience } from '../stakeholders';
import type { QuarterChartSpec } from './charts/quarterChart';
import { keptMeasures } from './measures';
import type { Measure, QuarterEntry } from './model';
import { quarterShort, quartersBetween } from './quarters';
import { citHandledShare, diversionShare, sharesByQuarter, type Share } from './shares';
import { countText, shareText, shownShare, shownValue } from './suppression';
import { quartersEntered, seriesOf, totalsByQuarter, totalOf } from './totals';

/**
 * What the program data report and the window's charts show: for each kept measure a chart and
 * its numbers by quarter, and the two shares, all with suppression applied for the audience. Both
 * read this one view, so the window never shows a chart the report would draw otherwise.
 */
export interface MeasureView {
  measure: Measure;
  chart: QuarterChartSpec;
  rows: Array<{ quarter: string; total: string; agencies: number }>;
}

export interface ShareView {
  title: string;
  chart: QuarterChartSpec;
  rows: Array<{ quarter: string; calls: string; part: string; share: string; agencies: number }>;
}

export interface ProgramDataView {
  quarters: string[];
  agencies: number;
  diversion: ShareView;
  citHandled: ShareView;
  measures: MeasureView[];
}

/** The quarters a report covers: from the first entered to the last, at most `limit` of the latest. */
export function reportQuarters(entries: readonly QuarterEntry[], limit = 12): string[] {
  const entered = quartersEntered(entries);
  if (!entered.length) return [];
  return quartersBetween(entered[0]!, entered.at(-1)!).slice(-limit);
}

function unitLabel(measure: Measure): string {
  return measure.unit === 'hours' ? 'Hours' : 'Number';
}

function shareView(
  title: string,
  partLabel: string,
  entries: readonly QuarterEntry[],
  quarters: readonly string[],
  shareOf: (entries: readonly QuarterEntry[]) => Share,
  audience: Audience,
): ShareView {
  const byQuarter = sharesByQuarter(entries, quarters, shareOf);
  return {
    title,
    chart: {
      title,
      unitLabel: `Share of calls (${partLabel})`,
      kind: 'line',
      percent: true,
      points: byQuarter.map((s) => ({ label: quarterShort(s.quarter), value: shownShare(s, audience) })),
    },
    rows: byQuarter.map((s) => ({
      quarter: s.quarter,
      calls: s.agencies ? countText(s.calls, audience) : 'not reported',
      part: s.agencies ? countText(s.part, audience) : 'not reported',
      share: shareText(s, audience),
      agencies: s.agencies,
    })),
  };
}

export function programDataView(
  doc: { programMeasures: readonly Measure[]; programQuarters: readonly QuarterEntry[] },
  audience: Audience,
  quarters: readonly string[] = reportQuarters(doc.programQuarters),
): ProgramDataView {
  const entries = doc.programQuarters.filter((e) => quarters.includes(e.quarter));
  const totals = totalsByQuarter(entries);
  const measures = keptMeasures(doc.programMeasures).map((measure) => {
    const series = seriesOf(totals, measure.id, quarters);
    return {
      measure,
      chart: {
        title: measure.label,
        unitLabel: unitLabel(measure),
        kind: 'bar' as const,
        points: series.map((p) => ({
          label: quarterShort(p.quarter),
          value: shownValue(p.value, audience, measure.unit),
        })),
      },
      rows: series.map((p) => ({
        quarter: p.quarter,
        total: countText(p.value, audience, measure.unit),
        agencies: totalOf(totals.get(p.quarter), measure.id).agencies,
      })),
    };
  });
  return {
    quarters: [...quarters],
    agencies: new Set(entries.map((e) => e.organizationId)).size,
    diversion: shareView(
      'Share of calls diverted from jail',
      'not ending in arrest or jail',
      entries,
      quarters,
      diversionShare,
      audience,
    ),
    citHandled: shareView(
      'Share of calls handled by a CIT-trained officer',
      'CIT-trained officer',
      entries,
      quarters,
      citHandledShare,
      audience,
    ),
    measures,
  };
}
