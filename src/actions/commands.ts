import type { Draft } from 'immer';
import { z } from 'zod';
import { ActionItemFields, ActionStatus, type ActionItem } from './model';
import { Id } from '../model/ids';
import type { WorkspaceDocument } from '../workspace/document';
import { todayIn } from './due';
import { changesOf } from '../commands/changes';
import { defineCommand, findOrFail, type CommandContext } from '../commands/define';
import { inCollection } from '../commands/references';
import { NotFoundError } from '../errors';

/**
 * Action items are one list across the workspace; meetings, conversations, workgroups, policies
 * and recognition events all add to it through `createActionItem`, so every item has the same
 * shape and the chair sees them all in one place.
 */
export function createActionItem(
  draft: Draft<WorkspaceDocument>,
  fields: z.output<typeof ActionItemFields>,
  context: CommandContext,
): ActionItem {
  const item: ActionItem = {
    id: context.newId(),
    ...fields,
    completedOn: fields.status === 'done' ? dayOf(context.now, draft.coalition.timeZone) : null,
    createdAt: context.now.toISOString(),
  };
  draft.actionItems.push(item);
  return item;
}

/**
 * Sets an item's status, keeping the completion date in step with it. Pass the coalition's time
 * zone: an item finished at 8 PM in Chicago was finished that day, not the next UTC day.
 */
export function setStatus(
  item: Draft<ActionItem>,
  status: ActionStatus,
  context: CommandContext,
  timeZone = 'UTC',
): void {
  if (item.status === status) return;
  item.status = status;
  item.completedOn = status === 'done' ? dayOf(context.now, timeZone) : null;
}

function dayOf(date: Date, timeZone: string): string {
  return todayIn(timeZone, date);
}

export const addActionItem = defineCommand({
  name: 'addActionItem',
  label: 'add action item',
  input: ActionItemFields.strict(),
  describe: (input) => `add action item "${input.title}"`,
  apply: (draft, input, context) => createActionItem(draft, input, context).id,
});

export const updateActionItem = defineCommand({
  name: 'updateActionItem',
  references: { id: inCollection('actionItems', 'action item') },
  label: 'edit action item',
  input: z.strictObject({ id: Id, changes: changesOf(ActionItemFields) }),
  describe: (input, doc) => `edit action item "${doc.actionItems.find((a) => a.id === input.id)?.title ?? ''}"`,
  apply(draft, { id, changes }, context) {
    const item = findOrFail(draft.actionItems, id, 'action item');
    const { status, ...rest } = changes;
    Object.assign(item, rest);
    if (status) setStatus(item, status, context, draft.coalition.timeZone);
  },
});

export const setActionItemStatus = defineCommand({
  name: 'setActionItemStatus',
  references: { ids: inCollection('actionItems', 'action item') },
  label: 'change action item status',
  input: z.strictObject({ ids: z.array(Id).min(1).max(10_000), status: ActionStatus }),
  describe: (input) =>
    input.ids.length === 1
      ? `mark action item ${ActionStatus.labelOf(input.status).toLowerCase()}`
      : `mark ${input.ids.length} action items ${ActionStatus.labelOf(input.status).toLowerCase()}`,
  apply(draft, { ids, status }, context) {
    for (const id of ids)
      setStatus(findOrFail(draft.actionItems, id, 'action item'), status, context, draft.coalition.timeZone);
  },
});

export const deleteActionItem = defineCommand({
  name: 'deleteActionItem',
  references: { id: inCollection('actionItems', 'action item') },
  label: 'delete action item',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) => `delete action item "${doc.actionItems.find((a) => a.id === input.id)?.title ?? ''}"`,
  apply(draft, { id }) {
    const index = draft.actionItems.findIndex((a) => a.id === id);
    if (index < 0) throw new NotFoundError('That action item no longer exists.');
    draft.actionItems.splice(index, 1);
    for (const conversation of draft.conversations) {
      conversation.followUpIds = conversation.followUpIds.filter((f) => f !== id);
    }
    // Minutes and agendas that list the item stop listing it; the rest of their record stays.
    for (const meeting of draft.meetings) {
      meeting.reviewActionItemIds = meeting.reviewActionItemIds.filter((r) => r !== id);
      for (const entry of meeting.minutes?.items ?? [])
        entry.actionItemIds = entry.actionItemIds.filter((a) => a !== id);
    }
  },
});

export const actionItemCommands = { addActionItem, updateActionItem, setActionItemStatus, deleteActionItem };
