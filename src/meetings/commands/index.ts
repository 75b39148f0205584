import type { Draft } from 'immer';
import { z } from 'zod';
import { ActionItemFields } from '../../actions/model';
import { DayString, TimeOfDay } from '../../model/dates';
import { Id } from '../../model/ids';
import {
  AgendaItemFields,
  AttendanceStatus,
  ItemOutcome,
  MeetingFields,
  QuorumRule,
  RecurrenceRule,
  Vote,
  type AgendaItem,
  type AgendaSection,
  type Meeting,
  type MinutesItem,
} from '../model';
import { LIMITS, optionalLine, requiredLine, stripControlCharacters } from '../../model/text';
import type { WorkspaceDocument } from '../../workspace/document';
import { byStart, earlierMeetingsOfBody } from '../body';
import { actionItemsForReview, carryForwardCandidates } from '../carryForward';
import { longDay, startInstant } from '../../model/wallClock';
import { startingOutcome } from '../startingOutcome';
import { defaultQuorumFor } from '../quorum';
import { describeRule, nextOccurrence } from '../recurrence';
import { ACTION_REVIEW_TITLE, CARRIED_SECTION_TITLE, findTemplate } from '../templates';
import { createActionItem } from '../../actions/commands';
import { changesOf } from '../../commands/changes';
import { defineCommand, findOrFail, type CommandContext } from '../../commands/define';
import { agendaItems, inCollection, meetingOf, minutesItems, within } from '../../commands/references';
import { CommandError, InputError, NotFoundError } from '../../errors';

const Subject = { id: inCollection('meetings', 'meeting') };
const OnAgenda = { itemId: agendaItems };
const InMinutes = { itemId: minutesItems };

/**
 * Meetings: their details, agenda, attendance, minutes and series. Action items made at a
 * meeting go into the workspace's one list through createActionItem.
 */

type DraftDoc = Draft<WorkspaceDocument>;

/** A plain copy of part of a draft (structuredClone cannot copy immer's proxies). */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
type DraftMeeting = Draft<Meeting>;

const meetingTitle = (doc: WorkspaceDocument, id: string) => doc.meetings.find((m) => m.id === id)?.title ?? '';

// ——— details ———

const EndTime = TimeOfDay.optional();

/**
 * The length of a meeting from its end time, in real minutes (a meeting from 1:00 to 3:00 on the
 * night the clocks go forward lasts one hour). An end at or before the start is refused beside
 * the end-time field: a meeting past midnight is entered with its length instead.
 */
function durationFromEnd(day: string, start: string, end: string, timeZone: string): number {
  const minutes = Math.round(
    (startInstant(day, end, timeZone).getTime() - startInstant(day, start, timeZone).getTime()) / 60_000,
  );
  if (minutes <= 0) {
    const message = `The meeting ends before it starts: the end time ${end} is not after the start time ${start}. For a meeting that runs past midnight, give its length in minutes instead.`;
    throw new InputError(message, { endTime: message });
  }
  if (minutes < 5)
    throw new InputError('A meeting lasts at least 5 minutes.', { endTime: 'A meeting lasts at least 5 minutes.' });
  return minutes;
}

const NewMeetingInput = MeetingFields.extend({
  /** Absent: the template's length, or an hour. */
  durationMinutes: MeetingFields.shape.durationMinutes.unwrap().optional(),
  endTime: EndTime,
  quorum: QuorumRule.optional(),
  /** An agenda template to start from (src/meetings/templates.ts). */
  templateId: z.string().max(100).optional(),
}).strict();

export const addMeeting = defineCommand({
  name: 'addMeeting',
  label: 'add meeting',
  input: NewMeetingInput,
  describe: (input) => `add meeting "${input.title}"`,
  apply(draft, input, context) {
    const { endTime, quorum, templateId, ...fields } = input;
    if (new Set(fields.inviteeIds).size !== fields.inviteeIds.length)
      fields.inviteeIds = [...new Set(fields.inviteeIds)];
    const durationMinutes = endTime
      ? durationFromEnd(fields.date, fields.startTime, endTime, draft.coalition.timeZone)
      : (fields.durationMinutes ?? (templateId ? findTemplate(templateId)?.durationMinutes : undefined) ?? 60);
    const meeting: Meeting = {
      id: context.newId(),
      ...fields,
      durationMinutes,
      attendance: [],
      guests: [],
      agenda: [],
      reviewActionItemIds: [],
      minutes: null,
      series: null,
      quorum: quorum ?? { kind: 'none' },
      createdAt: context.now.toISOString(),
    };
    // A body keeps its quorum rule from meeting to meeting unless this one sets its own.
    if (!quorum)
      meeting.quorum =
        earlierMeetingsOfBody(draft.meetings as Meeting[], meeting)[0]?.quorum ??
        defaultQuorumFor(fields.kind, fields.workgroupId);
    if (templateId) {
      const template = findTemplate(templateId);
      if (!template) throw new NotFoundError('That agenda template no longer exists. Choose another.');
      meeting.agenda = templateAgenda(templateId, context);
    }
    draft.meetings.push(meeting);
    return meeting.id;
  },
});

const MeetingChanges = changesOf(MeetingFields).extend({ endTime: EndTime, quorum: QuorumRule.optional() });

export const updateMeeting = defineCommand({
  name: 'updateMeeting',
  references: Subject,
  label: 'edit meeting',
  input: z.strictObject({ id: Id, changes: MeetingChanges }),
  describe: (input, doc) => `edit meeting "${meetingTitle(doc, input.id)}"`,
  apply(draft, { id, changes }) {
    const meeting = findOrFail(draft.meetings, id, 'meeting');
    const { endTime, ...rest } = changes;
    Object.assign(meeting, rest);
    if (rest.inviteeIds) meeting.inviteeIds = [...new Set(rest.inviteeIds)];
    if (endTime)
      meeting.durationMinutes = durationFromEnd(meeting.date, meeting.startTime, endTime, draft.coalition.timeZone);
  },
});

export const deleteMeeting = defineCommand({
  name: 'deleteMeeting',
  references: Subject,
  label: 'delete meeting',
  input: z.strictObject({
    id: Id,
    /** What to do with action items made at the meeting; required when there are any. */
    actionItems: z.enum(['keep-unlinked', 'delete']).optional(),
  }),
  describe: (input, doc) => `delete meeting "${meetingTitle(doc, input.id)}"`,
  apply(draft, { id, actionItems }) {
    const index = draft.meetings.findIndex((m) => m.id === id);
    if (index < 0) throw new NotFoundError('That meeting no longer exists. It may have been deleted.');
    const meeting = draft.meetings[index]!;
    const fromMinutes = new Set(meeting.minutes?.items.flatMap((i) => i.actionItemIds) ?? []);
    const linked = draft.actionItems.filter(
      (a) => (a.source.kind === 'meeting' && a.source.id === id) || fromMinutes.has(a.id),
    );
    if (linked.length > 0 && !actionItems) {
      throw new CommandError(
        `This meeting has ${linked.length} action item${linked.length === 1 ? '' : 's'}. Choose whether to keep ${linked.length === 1 ? 'it' : 'them'} (no longer linked to a meeting) or delete ${linked.length === 1 ? 'it' : 'them'} with the meeting.`,
      );
    }
    const linkedIds = new Set(linked.map((a) => a.id));
    if (actionItems === 'delete') {
      draft.actionItems = draft.actionItems.filter((a) => !linkedIds.has(a.id));
      for (const c of draft.conversations) c.followUpIds = c.followUpIds.filter((f) => !linkedIds.has(f));
      for (const m of draft.meetings) m.reviewActionItemIds = m.reviewActionItemIds.filter((r) => !linkedIds.has(r));
    } else {
      for (const item of draft.actionItems) if (linkedIds.has(item.id)) item.source = { kind: 'meeting', id: null };
    }
    draft.meetings.splice(index, 1);
    // Other meetings may point at this one; the pointers go, the rest of their record stays.
    for (const other of draft.meetings) {
      if (other.minutes?.approvedAtMeetingId === id) other.minutes.approvedAtMeetingId = null;
      for (const section of other.agenda)
        for (const item of section.items) if (item.carriedFrom?.meetingId === id) item.carriedFrom = null;
    }
  },
});

// ——— agenda ———

function findItem(
  meeting: DraftMeeting,
  itemId: string,
): { section: Draft<AgendaSection>; item: Draft<AgendaItem>; index: number } {
  for (const section of meeting.agenda) {
    const index = section.items.findIndex((i) => i.id === itemId);
    if (index >= 0) return { section, item: section.items[index]!, index };
  }
  throw new NotFoundError('That agenda item no longer exists. It may have been deleted.');
}

function clampIndex(index: number | undefined, length: number): number {
  return index === undefined ? length : Math.max(0, Math.min(index, length));
}

function templateAgenda(templateId: string, context: CommandContext): AgendaSection[] {
  const template = findTemplate(templateId);
  if (!template) return [];
  return template.sections.map((section) => ({
    id: context.newId(),
    title: section.title,
    items: section.items.map((item) => ({
      id: context.newId(),
      title: item.title,
      timeboxMinutes: item.timeboxMinutes,
      purpose: item.purpose,
      // The template's advice is for whoever runs the meeting; the printed agenda stays clean.
      description: '',
      guidance: item.description,
      presenterId: null,
      attachments: [],
      carriedFrom: null,
    })),
  }));
}

export const applyAgendaTemplate = defineCommand({
  name: 'applyAgendaTemplate',
  label: 'use agenda template',
  input: z.strictObject({
    meetingId: Id,
    templateId: z.string().min(1).max(100),
    mode: z.enum(['replace', 'append']).default('append'),
  }),
  describe: (input) => `use the "${findTemplate(input.templateId)?.name ?? 'agenda'}" template`,
  apply(draft, { meetingId, templateId, mode }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const template = findTemplate(templateId);
    if (!template) throw new NotFoundError('That agenda template no longer exists. Choose another.');
    const sections = templateAgenda(templateId, context);
    meeting.agenda = mode === 'replace' ? sections : [...meeting.agenda, ...sections];
  },
});

export const addAgendaSection = defineCommand({
  name: 'addAgendaSection',
  label: 'add agenda section',
  input: z.strictObject({
    meetingId: Id,
    title: requiredLine('Section title', LIMITS.title),
    index: z.number().int().min(0).optional(),
  }),
  describe: (input) => `add agenda section "${input.title}"`,
  apply(draft, { meetingId, title, index }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const section = { id: context.newId(), title, items: [] };
    meeting.agenda.splice(clampIndex(index, meeting.agenda.length), 0, section);
    return section.id;
  },
});

export const renameAgendaSection = defineCommand({
  name: 'renameAgendaSection',
  label: 'rename agenda section',
  input: z.strictObject({ meetingId: Id, sectionId: Id, title: requiredLine('Section title', LIMITS.title) }),
  describe: (input) => `rename agenda section to "${input.title}"`,
  apply(draft, { meetingId, sectionId, title }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    findOrFail(meeting.agenda, sectionId, 'agenda section').title = title;
  },
});

export const deleteAgendaSection = defineCommand({
  name: 'deleteAgendaSection',
  label: 'delete agenda section',
  input: z.strictObject({ meetingId: Id, sectionId: Id }),
  describe: (input, doc) =>
    `delete agenda section "${doc.meetings.find((m) => m.id === input.meetingId)?.agenda.find((s) => s.id === input.sectionId)?.title ?? ''}"`,
  apply(draft, { meetingId, sectionId }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    findOrFail(meeting.agenda, sectionId, 'agenda section');
    meeting.agenda = meeting.agenda.filter((s) => s.id !== sectionId);
  },
});

export const moveAgendaSection = defineCommand({
  name: 'moveAgendaSection',
  label: 'move agenda section',
  input: z.strictObject({ meetingId: Id, sectionId: Id, toIndex: z.number().int().min(0) }),
  describe: () => 'move agenda section',
  apply(draft, { meetingId, sectionId, toIndex }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const from = meeting.agenda.findIndex((s) => s.id === sectionId);
    if (from < 0) throw new NotFoundError('That agenda section no longer exists.');
    const [section] = meeting.agenda.splice(from, 1);
    meeting.agenda.splice(clampIndex(toIndex, meeting.agenda.length), 0, section!);
  },
});

export const addAgendaItem = defineCommand({
  name: 'addAgendaItem',
  label: 'add agenda item',
  input: z.strictObject({
    meetingId: Id,
    sectionId: Id.nullable().default(null),
    item: AgendaItemFields.strict(),
    index: z.number().int().min(0).optional(),
  }),
  describe: (input) => `add agenda item "${input.item.title}"`,
  apply(draft, { meetingId, sectionId, item, index }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    let section = sectionId ? findOrFail(meeting.agenda, sectionId, 'agenda section') : meeting.agenda.at(-1);
    if (!section) {
      // An agenda with no sections yet: items go into one plain section the person can rename.
      meeting.agenda.push({ id: context.newId(), title: 'Agenda', items: [] });
      section = meeting.agenda.at(-1)!;
    }
    const created = { id: context.newId(), ...item, carriedFrom: null, guidance: '' };
    section.items.splice(clampIndex(index, section.items.length), 0, created);
    return created.id;
  },
});

export const updateAgendaItem = defineCommand({
  name: 'updateAgendaItem',
  references: OnAgenda,
  label: 'edit agenda item',
  input: z.strictObject({ meetingId: Id, itemId: Id, changes: changesOf(AgendaItemFields) }),
  describe: (input) => `edit agenda item${input.changes.title ? ` "${input.changes.title}"` : ''}`,
  apply(draft, { meetingId, itemId, changes }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    Object.assign(findItem(meeting, itemId).item, changes);
  },
});

export const deleteAgendaItem = defineCommand({
  name: 'deleteAgendaItem',
  references: OnAgenda,
  label: 'delete agenda item',
  input: z.strictObject({ meetingId: Id, itemId: Id }),
  describe: () => 'delete agenda item',
  apply(draft, { meetingId, itemId }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const { section, index } = findItem(meeting, itemId);
    section.items.splice(index, 1);
  },
});

export const moveAgendaItem = defineCommand({
  name: 'moveAgendaItem',
  references: OnAgenda,
  label: 'move agenda item',
  input: z.strictObject({ meetingId: Id, itemId: Id, toSectionId: Id, toIndex: z.number().int().min(0) }),
  describe: () => 'move agenda item',
  apply(draft, { meetingId, itemId, toSectionId, toIndex }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const target = findOrFail(meeting.agenda, toSectionId, 'agenda section');
    const { section, index } = findItem(meeting, itemId);
    const [item] = section.items.splice(index, 1);
    target.items.splice(clampIndex(toIndex, target.items.length), 0, item!);
  },
});

/** Adds the standing review item (if missing) and lists the open action items to review under it. */
function addReview(draft: DraftDoc, meeting: DraftMeeting, context: CommandContext): number {
  const items = actionItemsForReview(draft.meetings as Meeting[], draft.actionItems, meeting as Meeting);
  meeting.reviewActionItemIds = [...new Set([...meeting.reviewActionItemIds, ...items.map((i) => i.id)])];
  const hasItem = meeting.agenda.some((s) =>
    s.items.some((i) => i.title.toLowerCase() === ACTION_REVIEW_TITLE.toLowerCase()),
  );
  if (!hasItem && meeting.reviewActionItemIds.length > 0) {
    const first =
      meeting.agenda[0] ??
      (meeting.agenda.push({ id: context.newId(), title: 'Agenda', items: [] }), meeting.agenda[0]!);
    first.items.push({
      id: context.newId(),
      title: ACTION_REVIEW_TITLE,
      presenterId: null,
      // About a minute an item, in steps a chair would write down.
      timeboxMinutes: Math.min(30, 10 + 5 * Math.floor(meeting.reviewActionItemIds.length / 4)),
      purpose: 'discussion',
      description: '',
      attachments: [],
      carriedFrom: null,
      guidance: 'Each owner gives a one-line update: done, in progress, stuck, or no longer needed.',
    });
  }
  return items.length;
}

export const addActionReview = defineCommand({
  name: 'addActionReview',
  label: 'add review of action items',
  input: z.strictObject({ meetingId: Id }),
  describe: () => 'add review of action items',
  apply(draft, { meetingId }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const count = addReview(draft, meeting, context);
    if (count === 0)
      throw new CommandError('There are no open action items from earlier meetings of this group to review.');
    return count;
  },
});

export const removeFromActionReview = defineCommand({
  name: 'removeFromActionReview',
  references: {
    actionItemId: within(
      'action item',
      meetingOf,
      (m) => m.reviewActionItemIds,
      'That action item is no longer on the review.',
    ),
  },
  label: 'take action item off the review',
  input: z.strictObject({ meetingId: Id, actionItemId: Id }),
  describe: () => 'take action item off the review',
  apply(draft, { meetingId, actionItemId }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    meeting.reviewActionItemIds = meeting.reviewActionItemIds.filter((id) => id !== actionItemId);
  },
});

function carryInto(target: DraftMeeting, from: Meeting, items: MinutesItem[], context: CommandContext): void {
  let section = target.agenda.find((s) => s.title === CARRIED_SECTION_TITLE);
  if (!section) {
    // Before the closing section, where old business usually sits.
    const at = target.agenda.length >= 2 ? target.agenda.length - 1 : target.agenda.length;
    target.agenda.splice(at, 0, { id: context.newId(), title: CARRIED_SECTION_TITLE, items: [] });
    section = target.agenda[at]!;
  }
  const original = new Map(from.agenda.flatMap((s) => s.items).map((i) => [i.id, i]));
  for (const item of items) {
    const planned = item.agendaItemId ? original.get(item.agendaItemId) : undefined;
    section.items.push({
      id: context.newId(),
      title: item.title,
      presenterId: item.presenterId,
      timeboxMinutes: planned?.timeboxMinutes ?? 10,
      purpose: item.purpose,
      description: planned?.description ?? '',
      attachments: planned ? copy(planned.attachments) : [],
      carriedFrom: { meetingId: from.id, itemId: item.id },
      guidance: planned?.guidance ?? '',
    });
  }
}

export const carryForwardItems = defineCommand({
  name: 'carryForwardItems',
  references: {
    itemIds: within(
      'minutes item',
      (doc, input) => doc.meetings.find((m) => m.id === input.fromMeetingId),
      (m) => m.minutes?.items.map((i) => i.id),
    ),
  },
  label: 'carry items forward',
  input: z.strictObject({ fromMeetingId: Id, toMeetingId: Id, itemIds: z.array(Id).min(1).max(500).optional() }),
  describe: (input, doc) => `carry unfinished items forward to "${meetingTitle(doc, input.toMeetingId)}"`,
  apply(draft, { fromMeetingId, toMeetingId, itemIds }, context) {
    if (fromMeetingId === toMeetingId) throw new CommandError('Items are carried forward to a different meeting.');
    const from = findOrFail(draft.meetings, fromMeetingId, 'meeting') as Meeting;
    const target = findOrFail(draft.meetings, toMeetingId, 'meeting');
    const candidates = carryForwardCandidates(from, target as Meeting);
    const chosen = itemIds ? candidates.filter((c) => itemIds.includes(c.id)) : candidates;
    if (chosen.length === 0)
      throw new CommandError('There are no unfinished items left to carry forward from that meeting.');
    carryInto(target, from, chosen, context);
    return chosen.length;
  },
});

// ——— attendance ———

export const setAttendance = defineCommand({
  name: 'setAttendance',
  label: 'record attendance',
  input: z.strictObject({
    meetingId: Id,
    marks: z
      .array(z.strictObject({ stakeholderId: Id, status: AttendanceStatus.nullable() }))
      .min(1)
      .max(5_000),
  }),
  describe: (input) =>
    input.marks.length === 1 ? 'record attendance' : `record attendance for ${input.marks.length} people`,
  apply(draft, { meetingId, marks }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    for (const { stakeholderId, status } of marks) {
      findOrFail(draft.stakeholders, stakeholderId, 'person');
      meeting.attendance = meeting.attendance.filter((a) => a.stakeholderId !== stakeholderId);
      if (status) meeting.attendance.push({ stakeholderId, status });
      // Someone who came without an invitation is added to the invitees, so the record is whole.
      if (status && !meeting.inviteeIds.includes(stakeholderId)) meeting.inviteeIds.push(stakeholderId);
    }
  },
});

export const addGuest = defineCommand({
  name: 'addGuest',
  label: 'add guest',
  input: z.strictObject({
    meetingId: Id,
    name: requiredLine('Guest name'),
    organization: optionalLine('Organization'),
  }),
  describe: (input) => `add guest ${input.name}`,
  apply(draft, { meetingId, name, organization }) {
    findOrFail(draft.meetings, meetingId, 'meeting').guests.push({ name, organization });
  },
});

export const removeGuest = defineCommand({
  name: 'removeGuest',
  label: 'remove guest',
  input: z.strictObject({ meetingId: Id, index: z.number().int().min(0) }),
  describe: () => 'remove guest',
  apply(draft, { meetingId, index }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    if (index >= meeting.guests.length) throw new CommandError('That guest is no longer on the list.');
    meeting.guests.splice(index, 1);
  },
});

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
});

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
    findMinutesItem(meeting, itemId).decisions.push({ id, text: decision.text, vote: decision.vote });
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
    Object.assign(findOrFail(findMinutesItem(meeting, itemId).decisions, decisionId, 'decision'), decision);
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

// ——— series ———

export const startSeries = defineCommand({
  name: 'startSeries',
  label: 'make meeting recur',
  input: z.strictObject({ meetingId: Id, name: requiredLine('Series name', LIMITS.title), rule: RecurrenceRule }),
  describe: (input) => `make "${input.name}" recur: ${describeRule(input.rule).toLowerCase()}`,
  apply(draft, { meetingId, name, rule }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    if (meeting.series) throw new CommandError('This meeting is already part of a series. Change the series instead.');
    const id = context.newId();
    meeting.series = { id, name, rule };
    return id;
  },
});

export const updateSeries = defineCommand({
  name: 'updateSeries',
  label: 'change series',
  input: z.strictObject({ seriesId: Id, name: requiredLine('Series name', LIMITS.title), rule: RecurrenceRule }),
  describe: (input) => `change series "${input.name}"`,
  apply(draft, { seriesId, name, rule }) {
    const members = draft.meetings.filter((m) => m.series?.id === seriesId);
    if (members.length === 0) throw new NotFoundError('That series no longer exists.');
    // Past meetings keep the rule they were held under; planned ones (and the latest, from which
    // the next is made) take the new rule.
    const latest = [...members].sort((a, b) => byStart(a as Meeting, b as Meeting)).at(-1);
    for (const m of members) if (m.status === 'planned' || m === latest) m.series = { id: seriesId, name, rule };
  },
});

export const createNextInSeries = defineCommand({
  name: 'createNextInSeries',
  label: 'create next meeting in series',
  input: z.strictObject({ seriesId: Id }),
  describe: (input, doc) =>
    `create the next "${doc.meetings.find((m) => m.series?.id === input.seriesId)?.series?.name ?? 'series'}" meeting`,
  apply(draft, { seriesId }, context) {
    const members = (draft.meetings as Meeting[]).filter((m) => m.series?.id === seriesId).sort(byStart);
    const last = members.at(-1);
    if (!last?.series) throw new NotFoundError('That series no longer exists.');
    const date = nextOccurrence(last.series.rule, last.date);
    const next: Meeting = {
      id: context.newId(),
      title: last.title,
      kind: last.kind,
      workgroupId: last.workgroupId,
      date,
      startTime: last.startTime,
      durationMinutes: last.durationMinutes,
      location: last.location,
      videoLink: last.videoLink,
      status: 'planned',
      inviteeIds: [...last.inviteeIds],
      attendance: [],
      guests: [],
      // The standing agenda repeats; one-off items carried in last time do not.
      agenda: last.agenda
        .map((section) => ({
          id: context.newId(),
          title: section.title,
          items: section.items
            .filter((item) => !item.carriedFrom)
            .map((item) => ({ ...copy(item), id: context.newId(), carriedFrom: null })),
        }))
        .filter((s) => s.items.length > 0 || s.title !== CARRIED_SECTION_TITLE),
      reviewActionItemIds: [],
      minutes: null,
      series: copy(last.series),
      quorum: copy(last.quorum),
      createdAt: context.now.toISOString(),
    };
    draft.meetings.push(next);
    const target = draft.meetings.at(-1)!;
    const unfinished = carryForwardCandidates(last, next);
    if (unfinished.length) carryInto(target, last, unfinished, context);
    addReview(draft, target, context);
    return next.id;
  },
});

export const meetingCommands = {
  addMeeting,
  updateMeeting,
  deleteMeeting,
  applyAgendaTemplate,
  addAgendaSection,
  renameAgendaSection,
  deleteAgendaSection,
  moveAgendaSection,
  addAgendaItem,
  updateAgendaItem,
  deleteAgendaItem,
  moveAgendaItem,
  addActionReview,
  removeFromActionReview,
  carryForwardItems,
  setAttendance,
  addGuest,
  removeGuest,
  startMinutes,
  updateMinutes,
  updateMinutesItem,
  addMinutesItem,
  deleteMinutesItem,
  addDecision,
  updateDecision,
  deleteDecision,
  addMeetingActionItem,
  approveMinutes,
  returnMinutesToDraft,
  startSeries,
  updateSeries,
  createNextInSeries,
};
