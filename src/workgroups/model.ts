import { z } from 'zod';
import { DayString, Timestamp } from '../model/dates';
import { Id } from '../model/ids';
import { labelledEnum } from '../model/labels';
import { longText, optionalLine, requiredLine } from '../model/text';

export const WorkgroupFocus = labelledEnum(
  ['policy', 'training', 'data', 'resources', 'dispatch', 'receiving-facilities', 'recognition', 'funding', 'other'],
  {
    policy: 'Policies and procedures',
    training: 'Training',
    data: 'Data and evaluation',
    resources: 'Community resources',
    dispatch: 'Dispatch',
    'receiving-facilities': 'Receiving facilities',
    recognition: 'Recognition',
    funding: 'Funding',
    other: 'Other',
  },
);

export const WorkgroupStatus = labelledEnum(['active', 'paused', 'completed'], {
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
});

/** A workgroup (subcommittee) of the steering committee, working on one problem. */
export const WorkgroupFields = z.object({
  name: requiredLine('Workgroup name'),
  focus: WorkgroupFocus.default('other'),
  charge: longText('Charge'),
  leadId: Id.nullable().default(null),
  memberIds: z.array(Id).default([]),
  status: WorkgroupStatus.default('active'),
  formedOn: DayString.nullable().default(null),
  closedOn: DayString.nullable().default(null),
  statusLine: optionalLine('Status', 300),
});

export const Workgroup = z.looseObject({
  id: Id,
  ...WorkgroupFields.shape,
  /** The day the status line was last written, so a reader knows how fresh it is. */
  statusUpdatedOn: DayString.nullable().default(null),
  createdAt: Timestamp,
});
export type Workgroup = z.infer<typeof Workgroup>;

/** The collections of workgroups in the workspace file (gathered in src/workspace/document.ts). */
export const workgroupRecords = { workgroups: Workgroup } as const;
