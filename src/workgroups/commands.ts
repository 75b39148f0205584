import type { Draft } from 'immer';
import { z } from 'zod';
import { ActionItemFields } from '../actions';
import { Id } from '../model/ids';
import { AgendaItem } from '../meetings';
import { optionalLine } from '../model/text';
import { WorkgroupFields, type Workgroup } from './model';
import type { WorkspaceDocument } from '../workspace/document';
import { dayInZone } from '../model/calendarDay';
import {
  isReportItemFor,
  nextSteeringMeeting,
  reportItemTitle,
  REPORTS_SECTION_TITLE,
} from './reportToCommittee';
import { createActionItem } from '../actions';
import { defineCommand, findOrFail, type CommandContext } from '../commands/define';
import { changesOf } from '../commands/changes';
import { inCollection } from '../commands/references';
import { CommandError, NotFoundError } from '../errors';

const Subject = { id: inCollection('workgroups', 'workgroup') };

/**
 * Workgroups (subcommittees) of the steering committee. A workgroup's lead is always one of its
 * members, and a completed workgroup carries the day it closed.
 */

type Fields = z.output<typeof WorkgroupFields>;

export const addWorkgroup = defineCommand({
  name: 'addWorkgroup',
  label: 'add workgroup',
  input: WorkgroupFields.strict(),
  describe: (input) => `add workgroup "${input.name}"`,
  apply(draft, input, context) {
    refuseDuplicateName(draft, input.name, null);
    const workgroup: Workgroup = {
      id: context.newId(),
      ...input,
      statusUpdatedOn: input.statusLine ? today(draft, context) : null,
      createdAt: context.now.toISOString(),
    };
    settle(draft, workgroup, context);
    draft.workgroups.push(workgroup);
    return workgroup.id;
  },
});

export const updateWorkgroup = defineCommand({
  name: 'updateWorkgroup',
  references: Subject,
  label: 'edit workgroup',
  input: z.strictObject({ id: Id, changes: changesOf(WorkgroupFields) }),
  describe: (input, doc) => `edit workgroup "${doc.workgroups.find((w) => w.id === input.id)?.name ?? ''}"`,
  apply(draft, { id, changes }, context) {
    const workgroup = findOrFail(draft.workgroups, id, 'workgroup');
    if (changes.name !== undefined) refuseDuplicateName(draft, changes.name, id);
    if (
      changes.memberIds &&
      workgroup.leadId &&
      changes.leadId === undefined &&
      !changes.memberIds.includes(workgroup.leadId)
    ) {
      const lead = draft.stakeholders.find((s) => s.id === workgroup.leadId)?.name ?? 'The lead';
      throw new CommandError(`${lead} leads this workgroup. Choose another lead before taking them off the members.`);
    }
    if (changes.statusLine !== undefined && changes.statusLine !== workgroup.statusLine)
      workgroup.statusUpdatedOn = today(draft, context);
    // Reopening a completed workgroup clears its closing day unless a new one is given.
    if (changes.status && changes.status !== 'completed' && changes.closedOn === undefined) workgroup.closedOn = null;
    Object.assign(workgroup, changes);
    settle(draft, workgroup, context);
  },
});

/** The lead's short line on where things stand ("drafting the MOA, review in March"). */
export const setWorkgroupStatusLine = defineCommand({
  name: 'setWorkgroupStatusLine',
  references: Subject,
  label: 'update workgroup status',
  input: z.strictObject({ id: Id, statusLine: optionalLine('Status', 300) }),
  describe: (input, doc) => `update the status of "${doc.workgroups.find((w) => w.id === input.id)?.name ?? ''}"`,
  apply(draft, { id, statusLine }, context) {
    const workgroup = findOrFail(draft.workgroups, id, 'workgroup');
    workgroup.statusLine = statusLine;
    workgroup.statusUpdatedOn = statusLine ? today(draft, context) : null;
  },
});

export const deleteWorkgroup = defineCommand({
  name: 'deleteWorkgroup',
  references: Subject,
  label: 'delete workgroup',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) => `delete workgroup "${doc.workgroups.find((w) => w.id === input.id)?.name ?? ''}"`,
  apply(draft, { id }) {
    const index = draft.workgroups.findIndex((w) => w.id === id);
    if (index < 0) throw new NotFoundError('That workgroup no longer exists.');
    draft.workgroups.splice(index, 1);
    // Its meetings, action items and policies remain: they are the coalition's record.
    for (const meeting of draft.meetings) if (meeting.workgroupId === id) meeting.workgroupId = null;
    for (const item of draft.actionItems) {
      if (item.workgroupId === id) item.workgroupId = null;
      if (item.source.kind === 'workgroup' && item.source.id === id) item.source.id = null;
    }
    for (const policy of draft.policies) if (policy.workgroupId === id) policy.workgroupId = null;
  },
});

/** An action item the workgroup takes on; it joins the workspace's one list. */
export const addWorkgroupActionItem = defineCommand({
  name: 'addWorkgroupActionItem',
  label: 'add workgroup action item',
  input: z.strictObject({
    workgroupId: Id,
    ...ActionItemFields.pick({ title: true, ownerId: true, ownerName: true, dueDate: true, notes: true }).shape,
  }),
  describe: (input) => `add action item "${input.title}"`,
  apply(draft, { workgroupId, ...fields }, context) {
    return createActionItem(
      draft,
      { ...fields, status: 'open', source: { kind: 'workgroup', id: workgroupId }, workgroupId },
      context,
    ).id;
  },
});

/**
 * Puts the workgroup's status on the agenda of the next steering committee meeting, as an item
 * "Workgroup report: <name> — <status line>" under Reports. Asked twice, it updates the item
 * already there rather than adding a second one.
 */
export const addWorkgroupReportToAgenda = defineCommand({
  name: 'addWorkgroupReportToAgenda',
  label: 'add workgroup report to agenda',
  input: z.strictObject({ workgroupId: Id }),
  describe: (input, doc) =>
    `add the report of "${doc.workgroups.find((w) => w.id === input.workgroupId)?.name ?? ''}" to the steering committee agenda`,
  apply(draft, { workgroupId }, context) {
    const workgroup = findOrFail(draft.workgroups, workgroupId, 'workgroup');
    if (!workgroup.statusLine)
      throw new CommandError(`Write a status line for ${workgroup.name} first; it is what the committee will read.`);
    const meeting = nextSteeringMeeting(draft.meetings, today(draft, context));
    if (!meeting) {
      throw new CommandError(
        'There is no steering committee meeting planned from today on. Plan one in Meetings, then add the report.',
      );
    }
    const title = reportItemTitle(workgroup);
    const description = workgroup.statusUpdatedOn
      ? `${workgroup.statusLine} (status as of ${workgroup.statusUpdatedOn})`
      : workgroup.statusLine;
    for (const section of meeting.agenda) {
      const existing = section.items.find((item) => isReportItemFor(item.title, workgroup));
      if (existing) {
        existing.title = title;
        existing.description = description;
        return { meetingId: meeting.id, itemId: existing.id, updated: true };
      }
    }
    let section = meeting.agenda.find((s) => s.title.trim().toLowerCase() === REPORTS_SECTION_TITLE.toLowerCase());
    if (!section) {
      section = { id: context.newId(), title: REPORTS_SECTION_TITLE, items: [] };
      meeting.agenda.push(section);
      section = meeting.agenda.at(-1)!;
    }
    const item = AgendaItem.parse({
      id: context.newId(),
      title,
      presenterId: workgroup.leadId,
      timeboxMinutes: 5,
      purpose: 'information',
      description,
    });
    section.items.push(item);
    return { meetingId: meeting.id, itemId: item.id, updated: false };
  },
});

export const workgroupCommands = {
  addWorkgroup,
  updateWorkgroup,
  setWorkgroupStatusLine,
  deleteWorkgroup,
  addWorkgroupActionItem,
  addWorkgroupReportToAgenda,
};

/** Keeps the lead among the members, checks the dates, and dates a completion (applyCommand checked the people). */
function settle(draft: Draft<WorkspaceDocument>, workgroup: Draft<Workgroup> | Fields, context: CommandContext): void {
  if (workgroup.leadId && !workgroup.memberIds.includes(workgroup.leadId))
    workgroup.memberIds = [workgroup.leadId, ...workgroup.memberIds];
  workgroup.memberIds = [...new Set(workgroup.memberIds)];
  if (workgroup.status === 'completed' && !workgroup.closedOn) workgroup.closedOn = today(draft, context);
  if (workgroup.status !== 'completed' && workgroup.closedOn) {
    throw new CommandError('Only a completed workgroup has a closing date. Mark it completed, or clear the date.');
  }
  if (workgroup.formedOn && workgroup.closedOn && workgroup.closedOn < workgroup.formedOn) {
    throw new CommandError(
      `A workgroup cannot close (${workgroup.closedOn}) before it was formed (${workgroup.formedOn}).`,
    );
  }
}

function refuseDuplicateName(draft: Draft<WorkspaceDocument>, name: string, exceptId: string | null): void {
  const clash = draft.workgroups.find(
    (w) => w.id !== exceptId && w.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
  );
  if (clash) throw new CommandError(`There is already a workgroup called "${clash.name}". Choose a different name.`);
}

function today(draft: Draft<WorkspaceDocument>, context: CommandContext): string {
  return dayInZone(context.now, draft.coalition.timeZone);
}
