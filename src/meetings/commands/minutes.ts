import { z } from 'zod';
import { ActionItemFields } from '../../actions';
import { DayString } from '../../model/dates';
import { Id } from '../../model/ids';
import { ItemOutcome, Vote } from '../model';
import { LIMITS, optionalLine, requiredLine, stripControlCharacters } from '../../model/text';
import { byStart } from '../body';
import { longDay } from '../../model/wallClock';
import { startingOutcome } from '../startingOutcome';
import { createActionItem } from '../../actions';
import { defineCommand, findOrFail } from '../../commands/define';
import { CommandError, InputError } from '../../errors';
import { InMinutes, DraftMeeting, meetingTitle, type DraftDoc } from './shared';
import { checkRecusal } from '../recusal';

// ——— minutes ———

function requireMinutes(meeting: DraftMeeting) {
  if (!meeting.minutes) throw new CommandError('The minutes for this meeting have not been started yet.');
  return meeting.minutes;
}

function requireDraft(meeting: DraftMeeting) {
  const minutes = requireMinutes(meeting);
  if (minutes.status === 'approved')
    throw new CommandError('These minutes have been approved. Return them to draft before changing them.');
  return minutes;
}

function findMinutesItem(meeting: DraftMeeting, itemId: string) {
  return findOrFail(requireMinutes(meeting).items, itemId, 'minutes item');
}

export const startMinutes = defineCommand({
  name: 'startMinutes',
  label: 'start minutes',
  input: z.strictObject({ meetingId: Id }),
  describe: (input, doc) => `start minutes of "${meetingTitle(doc, input.meetingId)}"`,
  apply(draft, { meetingId }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const minutes =
      meeting.minutes ??
      (meeting.minutes = { status: 'draft', items: [], recorder: '', approvedOn: null, approvedAtMeetingId: null });
    if (minutes.status === 'approved')
      throw new CommandError('These minutes have been approved. Return them to draft before changing them.');
    // Started again later, it brings in only the agenda items added since.
    const copied = new Set(minutes.items.map((i) => i.agendaItemId));
    let added = 0;
    for (const section of meeting.agenda) {
      for (const item of section.items) {
        if (copied.has(item.id)) continue;
        minutes.items.push({
          id: context.newId(),
          agendaItemId: item.id,
          sectionTitle: section.title,
          title: item.title,
          presenterId: item.presenterId,
          purpose: item.purpose,
          notes: '',
          outcome: startingOutcome(meeting, draft.coalition.timeZone, context.now),
          decisions: [],
          actionItemIds: [],
          ...(section.consent ? { consent: true } : {}),
          ...(item.pulledById ? { pulledById: item.pulledById } : {}),
        });
        added += 1;
      }
    }
    return added;
  },
});

export const updateMinutes = defineCommand({
  name: 'updateMinutes',
  label: 'edit minutes',
  input: z.strictObject({ meetingId: Id, recorder: optionalLine('Minutes taken by') }),
  describe: () => 'edit minutes',
  apply(draft, { meetingId, recorder }) {
    requireDraft(findOrFail(draft.meetings, meetingId, 'meeting')).recorder = recorder;
  },
});

const MinutesItemChanges = z.strictObject({
  title: requiredLine('Item title', LIMITS.title).optional(),
  // The same rule as every long text, but absent means "leave as it is" rather than "empty".
  notes: z
    .string({ error: 'Notes must be text.' })
    .max(LIMITS.longText, {
      error: `Notes are too long: at most ${LIMITS.longText.toLocaleString('en-US')} characters. Split them or attach a document instead.`,
    })
    .transform(stripControlCharacters)
    .optional(),
  outcome: ItemOutcome.optional(),
});

export const updateMinutesItem = defineCommand({
  name: 'updateMinutesItem',
  references: InMinutes,
  label: 'edit minutes',
  input: z.strictObject({ meetingId: Id, itemId: Id, changes: MinutesItemChanges }),
  describe: () => 'edit minutes',
  apply(draft, { meetingId, itemId, changes }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    requireDraft(meeting);
    const item = findMinutesItem(meeting, itemId);
    if (changes.title !== undefined) item.title = changes.title;
    if (changes.notes !== undefined) item.notes = changes.notes;
    if (changes.outcome !== undefined) item.outcome = changes.outcome;
  },
});

export const addMinutesItem = defineCommand({
  name: 'addMinutesItem',
  label: 'add item raised at the meeting',
  input: z.strictObject({ meetingId: Id, title: requiredLine('Item title', LIMITS.title) }),
  describe: (input) => `add "${input.title}" to the minutes`,
  apply(draft, { meetingId, title }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const minutes = requireDraft(meeting);
    const id = context.newId();
    minutes.items.push({
      id,
      agendaItemId: null,
      sectionTitle: 'Raised at the meeting',
      title,
      presenterId: null,
      purpose: 'discussion',
      notes: '',
      outcome: 'done',
      decisions: [],
      actionItemIds: [],
    });
    return id;
  },
});

export const deleteMinutesItem = defineCommand({
  name: 'deleteMinutesItem',
  references: InMinutes,
  label: 'remove item from the minutes',
  input: z.strictObject({ meetingId: Id, itemId: Id }),
  describe: () => 'remove item from the minutes',
  apply(draft, { meetingId, itemId }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const minutes = requireDraft(meeting);
    const item = findOrFail(minutes.items, itemId, 'minutes item');
    if (item.actionItemIds.length > 0)
      throw new CommandError('This item has action items. Delete or move them first, so no task is lost.');
    minutes.items = minutes.items.filter((i) => i.id !== itemId);
  },
});

const DecisionInput = z.strictObject({
  text: requiredLine('Decision', LIMITS.shortText),
  vote: Vote.nullable().default(null),
  /** Members in the room who stepped out of the decision: not counted in the vote. */
  recusedIds: z.array(Id).max(500).default([]),
});

/** The decision as it is kept: the recused checked against attendance and the vote (recusal.ts). */
function checkedDecision(draft: DraftDoc, meeting: DraftMeeting, decision: z.infer<typeof DecisionInput>) {
  const nameOf = (id: string) => draft.stakeholders.find((s) => s.id === id)?.name ?? 'someone';
  const check = checkRecusal(meeting, decision, nameOf);
  if (check.refusal) throw new InputError(check.refusal, { recusedIds: check.refusal });
  return { text: decision.text, vote: decision.vote, recusedIds: check.recusedIds };
}

export const addDecision = defineCommand({
  name: 'addDecision',
  references: InMinutes,
  label: 'record decision',
  input: z.strictObject({ meetingId: Id, itemId: Id, decision: DecisionInput }),
  describe: (input) => `record decision "${input.decision.text.slice(0, 60)}"`,
  apply(draft, { meetingId, itemId, decision }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    requireDraft(meeting);
    const id = context.newId();
    findMinutesItem(meeting, itemId).decisions.push({ id, ...checkedDecision(draft, meeting, decision) });
    return id;
  },
});

export const updateDecision = defineCommand({
  name: 'updateDecision',
  references: InMinutes,
  label: 'edit decision',
  input: z.strictObject({ meetingId: Id, itemId: Id, decisionId: Id, decision: DecisionInput }),
  describe: () => 'edit decision',
  apply(draft, { meetingId, itemId, decisionId, decision }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    requireDraft(meeting);
    Object.assign(
      findOrFail(findMinutesItem(meeting, itemId).decisions, decisionId, 'decision'),
      checkedDecision(draft, meeting, decision),
    );
  },
});

export const deleteDecision = defineCommand({
  name: 'deleteDecision',
  references: InMinutes,
  label: 'delete decision',
  input: z.strictObject({ meetingId: Id, itemId: Id, decisionId: Id }),
  describe: () => 'delete decision',
  apply(draft, { meetingId, itemId, decisionId }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    requireDraft(meeting);
    const item = findMinutesItem(meeting, itemId);
    findOrFail(item.decisions, decisionId, 'decision');
    item.decisions = item.decisions.filter((d) => d.id !== decisionId);
  },
});

export const addMeetingActionItem = defineCommand({
  name: 'addMeetingActionItem',
  references: InMinutes,
  label: 'add action item',
  input: z.strictObject({ meetingId: Id, itemId: Id, fields: ActionItemFields.omit({ source: true }).strict() }),
  describe: (input) => `add action item "${input.fields.title}"`,
  apply(draft, { meetingId, itemId, fields }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    requireDraft(meeting);
    const item = findMinutesItem(meeting, itemId);
    const created = createActionItem(
      draft,
      { ...fields, workgroupId: fields.workgroupId ?? meeting.workgroupId, source: { kind: 'meeting', id: meetingId } },
      context,
    );
    item.actionItemIds.push(created.id);
    return created.id;
  },
});

export const approveMinutes = defineCommand({
  name: 'approveMinutes',
  label: 'approve minutes',
  input: z.strictObject({ meetingId: Id, approvedOn: DayString, approvedAtMeetingId: Id.nullable().default(null) }),
  describe: (input, doc) => `approve minutes of "${meetingTitle(doc, input.meetingId)}"`,
  apply(draft, { meetingId, approvedOn, approvedAtMeetingId }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const minutes = requireMinutes(meeting);
    if (approvedOn < meeting.date) {
      const message = `Minutes are approved on or after the day of the meeting (${longDay(meeting.date)}).`;
      throw new InputError(message, { approvedOn: message });
    }
    if (approvedAtMeetingId) {
      const at = findOrFail(draft.meetings, approvedAtMeetingId, 'meeting');
      if (at.id === meeting.id || byStart(at, meeting) <= 0) {
        const message = 'Minutes are approved at a later meeting. Choose a meeting after this one.';
        throw new InputError(message, { approvedAtMeetingId: message });
      }
    }
    minutes.status = 'approved';
    minutes.approvedOn = approvedOn;
    minutes.approvedAtMeetingId = approvedAtMeetingId;
  },
});

export const returnMinutesToDraft = defineCommand({
  name: 'returnMinutesToDraft',
  label: 'return minutes to draft',
  input: z.strictObject({ meetingId: Id }),
  describe: () => 'return minutes to draft',
  apply(draft, { meetingId }) {
    const minutes = requireMinutes(findOrFail(draft.meetings, meetingId, 'meeting'));
    minutes.status = 'draft';
    minutes.approvedOn = null;
    minutes.approvedAtMeetingId = null;
  },
});
