import type { Draft } from 'immer';
import { changesOf } from '../../commands/changes';
import { z } from 'zod';
import { ActionItemFields } from '../../actions';
import { ConversationFields, type Conversation } from '../model/conversation';
import { DayString } from '../../model/dates';
import { Id } from '../../model/ids';
import { LIMITS, optionalLine, requiredLine } from '../../model/text';
import type { WorkspaceDocument } from '../../workspace/document';
import { clearReferences, plainOf } from '../references';
import { changeStage, conversationSuggestsAdvance, lastChangeDay } from '../stageHistory';
import { createActionItem } from '../../actions';
import { defineCommand, findOrFail, type CommandContext } from '../../commands/define';
import { inCollection } from '../../commands/references';
import { today } from './stakeholders';
import { CommandError, NotFoundError } from '../../errors';

const Subject = { id: inCollection('conversations', 'conversation') };

/** A follow-up agreed in a conversation, which becomes an action item on the coalition's one list. */
export const FollowUp = z.strictObject({
  title: requiredLine('Follow-up', LIMITS.title),
  ownerId: Id.nullable().default(null),
  ownerName: optionalLine('Owner'),
  dueDate: DayString.nullable().default(null),
});

export const ConversationInput = ConversationFields.extend({
  /**
   * People in the conversation to move to "in conversation" (the screen offers this for anyone
   * still at "identified" or "contacted"; it is the person's choice, not automatic).
   */
  advanceStakeholderIds: z.array(Id).max(200).default([]),
  followUp: FollowUp.nullable().default(null),
}).strict();

function checkParticipants(draft: Draft<WorkspaceDocument>, ids: readonly string[]): void {
  if (new Set(ids).size !== ids.length) throw new CommandError('The same person is listed twice in this conversation.');
}

function checkDate(draft: Draft<WorkspaceDocument>, date: string, context: CommandContext): void {
  const now = today(draft, context);
  if (date > now)
    throw new CommandError(
      `A conversation is logged once it has happened; ${date} is after today (${now}). Plan future talks as meetings.`,
    );
}

function addFollowUp(
  draft: Draft<WorkspaceDocument>,
  conversation: Draft<Conversation>,
  followUp: z.output<typeof FollowUp>,
  context: CommandContext,
): string {
  const fields = ActionItemFields.parse({ ...followUp, source: { kind: 'conversation', id: conversation.id } });
  const item = createActionItem(draft, fields, context);
  conversation.followUpIds.push(item.id);
  return item.id;
}

export const logConversation = defineCommand({
  name: 'logConversation',
  label: 'log conversation',
  input: ConversationInput,
  describe: (input, doc) => {
    const names = input.stakeholderIds.map((id) => doc.stakeholders.find((s) => s.id === id)?.name).filter(Boolean);
    const who = names.length > 2 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(' and ');
    return `log conversation with ${who || 'stakeholders'}`;
  },
  apply(draft, input, context) {
    const { advanceStakeholderIds, followUp, ...fields } = input;
    checkParticipants(draft, fields.stakeholderIds);
    checkDate(draft, fields.date, context);
    const conversation: Conversation = {
      id: context.newId(),
      ...fields,
      followUpIds: [],
      createdAt: context.now.toISOString(),
    };
    draft.conversations.push(conversation);
    const stored = draft.conversations.at(-1)!;

    const day = today(draft, context);
    const advanced: string[] = [];
    for (const id of new Set(advanceStakeholderIds)) {
      if (!fields.stakeholderIds.includes(id))
        throw new CommandError('Only people in the conversation can be moved to “in conversation”.');
      const person = findOrFail(draft.stakeholders, id, 'person');
      // Someone already further along (or who declined) keeps their stage: the offer no longer applies.
      if (!conversationSuggestsAdvance(person)) continue;
      // Logged late, after a later stage change: date it the day of that change so the history stays in order.
      const last = lastChangeDay(person);
      const on = last && last > fields.date ? last : fields.date;
      changeStage(
        person,
        { stage: 'in-conversation', on, note: 'After a logged conversation', conversationId: conversation.id },
        day,
      );
      person.updatedAt = context.now.toISOString();
      advanced.push(id);
    }
    const followUpId = followUp ? addFollowUp(draft, stored, followUp, context) : null;
    return { id: conversation.id, advanced, followUpId };
  },
});

export const updateConversation = defineCommand({
  name: 'updateConversation',
  references: Subject,
  label: 'edit conversation',
  input: z.strictObject({ id: Id, changes: changesOf(ConversationFields) }),
  describe: (input) => `edit conversation${input.changes.date ? ` of ${input.changes.date}` : ''}`,
  apply(draft, { id, changes }, context) {
    const conversation = findOrFail(draft.conversations, id, 'conversation');
    if (changes.stakeholderIds) checkParticipants(draft, changes.stakeholderIds);
    if (changes.date) checkDate(draft, changes.date, context);
    Object.assign(conversation, changes);
  },
});

export const addConversationFollowUp = defineCommand({
  name: 'addConversationFollowUp',
  label: 'add follow-up',
  input: z.strictObject({ conversationId: Id, followUp: FollowUp }),
  describe: (input) => `add follow-up “${input.followUp.title}”`,
  apply(draft, { conversationId, followUp }, context) {
    const conversation = findOrFail(draft.conversations, conversationId, 'conversation');
    return addFollowUp(draft, conversation, followUp, context);
  },
});

export const deleteConversation = defineCommand({
  name: 'deleteConversation',
  references: Subject,
  label: 'delete conversation',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) =>
    `delete conversation of ${doc.conversations.find((c) => c.id === input.id)?.date ?? ''}`.trim(),
  apply(draft, { id }) {
    const index = plainOf(draft.conversations).findIndex((c) => c.id === id);
    if (index < 0) throw new NotFoundError('That conversation no longer exists. It may have been deleted.');
    draft.conversations.splice(index, 1);
    // Its follow-up items stay on the list; stage changes it prompted keep their day and note.
    return clearReferences(draft, new Set([id]));
  },
});

export const conversationCommands = {
  logConversation,
  updateConversation,
  addConversationFollowUp,
  deleteConversation,
};
