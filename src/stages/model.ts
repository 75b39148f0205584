import { z } from 'zod';
import { DayString, Timestamp } from '../model/dates';
import { labelledEnum } from '../model/labels';
import { optionalLine, requiredLine } from '../model/text';

export const MarkStatus = labelledEnum(['done', 'not-done', 'not-applicable'], {
  done: 'Done',
  'not-done': 'Not done',
  'not-applicable': 'Does not apply to us',
});

/**
 * A person's own word on a checklist item: ticked by hand where the workspace holds no evidence,
 * or a derived status overridden with a reason (the override is always shown as such).
 */
export const StageMark = z.looseObject({
  itemId: z.string().min(1).max(100),
  status: MarkStatus,
  on: DayString,
  by: requiredLine('Marked by'),
  note: optionalLine('Note or reason', 1000),
  markedAt: Timestamp,
});
export type StageMark = z.infer<typeof StageMark>;

/** The collections of stage checklist marks in the workspace file (gathered in src/workspace/document.ts). */
export const stageRecords = { stageMarks: StageMark } as const;
