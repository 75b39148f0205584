import type { Draft } from 'immer';
import { z } from 'zod';
import { Id } from '../../model/ids';
import { AgendaItemFields, type AgendaItem, type AgendaSection, type Meeting, type MinutesItem } from '../model';
import { LIMITS, requiredLine } from '../../model/text';
import { actionItemsForReview, carryForwardCandidates } from '../carryForward';
import { ACTION_REVIEW_TITLE, CARRIED_SECTION_TITLE, findTemplate } from '../templates';
import { changesOf } from '../../commands/changes';
import { defineCommand, findOrFail, type CommandContext } from '../../commands/define';
import { meetingOf, within } from '../../commands/references';
import { CommandError, NotFoundError } from '../../errors';
import { OnAgenda, DraftDoc, copy, DraftMeeting, meetingTitle } from './shared';

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

export function templateAgenda(templateId: string, context: CommandContext): AgendaSection[] {
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
export function addReview(draft: DraftDoc, meeting: DraftMeeting, context: CommandContext): number {
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

export function carryInto(target: DraftMeeting, from: Meeting, items: MinutesItem[], context: CommandContext): void {
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
