import { z } from 'zod';
import { DayString, Timestamp } from '../model/dates';
import { Id } from '../model/ids';
import { labelledEnum } from '../model/labels';
import { LIMITS, longText, optionalLine, requiredLine } from '../model/text';

export const ActionStatus = labelledEnum(['open', 'in-progress', 'done', 'dropped'], {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
});
export type ActionStatus = z.infer<typeof ActionStatus>;

export const ActionSourceKind = labelledEnum(
  ['meeting', 'workgroup', 'conversation', 'policy', 'recognition', 'stage', 'manual'],
  {
    meeting: 'Meeting',
    workgroup: 'Workgroup',
    conversation: 'Conversation',
    policy: 'Policy',
    recognition: 'Recognition event',
    stage: 'Step One checklist',
    manual: 'Added by hand',
  },
);

/** Where an action item came from, so it can be shown and reviewed in the right place. */
export const ActionSource = z.object({
  kind: ActionSourceKind,
  id: Id.nullable().default(null),
});

export const ActionItemFields = z.object({
  title: requiredLine('Title', LIMITS.title),
  /** A stakeholder, or null with `ownerName` for someone not in the workspace. */
  ownerId: Id.nullable().default(null),
  ownerName: optionalLine('Owner'),
  dueDate: DayString.nullable().default(null),
  status: ActionStatus.default('open'),
  source: ActionSource.default({ kind: 'manual', id: null }),
  workgroupId: Id.nullable().default(null),
  notes: longText('Notes'),
});

export const ActionItem = z.looseObject({
  id: Id,
  ...ActionItemFields.shape,
  completedOn: DayString.nullable().default(null),
  createdAt: Timestamp,
});
export type ActionItem = z.infer<typeof ActionItem>;

/** The collections of action items in the workspace file (gathered in src/workspace/document.ts). */
export const actionRecords = { actionItems: ActionItem } as const;
