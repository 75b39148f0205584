import { z } from 'zod';
import { Timestamp } from '../model/dates';
import { Id } from '../model/ids';
import { labelledEnum } from '../model/labels';
import { longText, requiredLine } from '../model/text';
import { QuarterString } from './quarters';

/**
 * Program data: the numbers each agency reports per quarter, in aggregate. Nothing here describes
 * a person in crisis: a record is one agency's counts for one quarter.
 */

export const MeasureUnit = labelledEnum(['count', 'hours'], { count: 'Count', hours: 'Hours' });

/** A measure id: the defaults' readable ids (measures.ts) or a new id for a measure the coalition adds. */
export const MeasureId = Id;

export const MeasureFields = z.object({
  label: requiredLine('Measure name', 120),
  unit: MeasureUnit.default('count'),
});

export const Measure = z.looseObject({
  id: MeasureId,
  ...MeasureFields.shape,
  /** Dropped measures stay in the file, so their numbers come back if the coalition keeps them again. */
  kept: z.boolean().default(true),
  order: z.number().finite(),
  custom: z.boolean().default(true),
});
export type Measure = z.infer<typeof Measure>;

/** A reported number: never negative; whole for counts (checked against the measure's unit by the commands). */
export const MeasureValue = z
  .number({ error: 'Enter a number.' })
  .finite()
  .nonnegative({ error: 'A number cannot be below zero.' });

/** Values by measure id; a measure left out was not reported, which is not the same as zero. */
export const MeasureValues = z.record(MeasureId, MeasureValue);

export const QuarterEntry = z.looseObject({
  id: Id,
  organizationId: Id,
  quarter: QuarterString,
  values: MeasureValues.default({}),
  note: longText('Note'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type QuarterEntry = z.infer<typeof QuarterEntry>;

/** The collections of program data in the workspace file (gathered in src/workspace/document.ts). */
export const programDataRecords = { programMeasures: Measure, programQuarters: QuarterEntry } as const;
