import type { Measure } from './model';

/**
 * The measures a CIT program usually reports, each with an id that never changes so numbers
 * entered years apart stay comparable. A coalition may drop some, rename them or add its own;
 * only what it changed is stored (programMeasures), and the rest come from this list, so a file
 * written before a default was added still gets it.
 */
export const MEASURE_IDS = {
  mentalHealthCalls: 'calls-mental-health',
  citHandled: 'calls-cit-handled',
  receivingFacility: 'outcome-receiving-facility',
  emergencyCustody: 'outcome-emergency-custody',
  arrestOrJail: 'outcome-arrest-jail',
  resolvedOnScene: 'outcome-resolved-on-scene',
  referred: 'outcome-referred',
  useOfForce: 'use-of-force',
  injuriesPerson: 'injuries-person',
  injuriesOfficer: 'injuries-officer',
  officerHours: 'officer-hours',
} as const;
export type DefaultMeasureId = (typeof MEASURE_IDS)[keyof typeof MEASURE_IDS];

const defaults: Array<[DefaultMeasureId, string, Measure['unit']]> = [
  [MEASURE_IDS.mentalHealthCalls, 'Calls with a mental health component', 'count'],
  [MEASURE_IDS.citHandled, 'Calls handled by a CIT-trained officer', 'count'],
  [MEASURE_IDS.receivingFacility, 'Taken to a receiving facility', 'count'],
  [MEASURE_IDS.emergencyCustody, 'Emergency custody', 'count'],
  [MEASURE_IDS.arrestOrJail, 'Arrest or jail', 'count'],
  [MEASURE_IDS.resolvedOnScene, 'Resolved on scene', 'count'],
  [MEASURE_IDS.referred, 'Referred to services', 'count'],
  [MEASURE_IDS.useOfForce, 'Use of force', 'count'],
  [MEASURE_IDS.injuriesPerson, 'Injuries to the person', 'count'],
  [MEASURE_IDS.injuriesOfficer, 'Injuries to officers', 'count'],
  [MEASURE_IDS.officerHours, 'Officer hours on these calls', 'hours'],
];

export const DEFAULT_MEASURES: readonly Measure[] = Object.freeze(
  defaults.map(([id, label, unit], index) =>
    Object.freeze({ id, label, unit, kept: true, order: (index + 1) * 10, custom: false }),
  ),
);

/** Every measure of the workspace, defaults overlaid by what the coalition changed, in their order. */
export function allMeasures(stored: readonly Measure[]): Measure[] {
  const byId = new Map<string, Measure>(DEFAULT_MEASURES.map((m) => [m.id, m]));
  for (const measure of stored) byId.set(measure.id, measure);
  return [...byId.values()].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
}

/** The measures the coalition keeps: the grid's columns and the report's charts. */
export function keptMeasures(stored: readonly Measure[]): Measure[] {
  return allMeasures(stored).filter((m) => m.kept);
}
