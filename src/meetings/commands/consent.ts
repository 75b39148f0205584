import { z } from 'zod';
import { Id } from '../../model/ids';
import { defineCommand, findOrFail, type CommandContext } from '../../commands/define';
import { CommandError, InputError, NotFoundError } from '../../errors';
import { presentIds } from '../attendance';
import { consentMinutesItems, consentSection, CONSENT_SECTION_TITLE, PULLED_SECTION_TITLE } from '../consent';
import { OnAgenda, type DraftMeeting, meetingTitle } from './shared';

// ——— consent agenda ———

function locate(meeting: DraftMeeting, itemId: string) {
  for (const section of meeting.agenda) {
    const index = section.items.findIndex((i) => i.id === itemId);
    if (index >= 0) return { section, index };
  }
  throw new NotFoundError('That agenda item no longer exists. It may have been deleted.');
}

/** The consent section, made when the first item goes on it: after the opening section, where it is usually taken. */
function ensureConsentSection(meeting: DraftMeeting, context: CommandContext) {
  const found = consentSection(meeting.agenda);
  if (found) return found;
  const at = Math.min(1, meeting.agenda.length);
  meeting.agenda.splice(at, 0, { id: context.newId(), title: CONSENT_SECTION_TITLE, items: [], consent: true });
  return meeting.agenda[at]!;
}

/** A regular section just after the consent agenda, made if there is none. */
function sectionAfterConsent(meeting: DraftMeeting, title: string, context: CommandContext) {
  const at = meeting.agenda.findIndex((s) => s.consent === true) + 1;
  const existing = meeting.agenda.find((s) => s.title === title && s.consent !== true);
  if (existing) return existing;
  meeting.agenda.splice(at, 0, { id: context.newId(), title, items: [] });
  return meeting.agenda[at]!;
}

function dropEmptyConsentSection(meeting: DraftMeeting) {
  // The section came with the first consent item; with none left it would print as an empty heading.
  meeting.agenda = meeting.agenda.filter((s) => s.consent !== true || s.items.length > 0);
}

export const setConsentItem = defineCommand({
  name: 'setConsentItem',
  references: OnAgenda,
  label: 'change consent agenda',
  input: z.strictObject({ meetingId: Id, itemId: Id, consent: z.boolean() }),
  describe: (input) => (input.consent ? 'put an item on the consent agenda' : 'take an item off the consent agenda'),
  apply(draft, { meetingId, itemId, consent }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const { section, index } = locate(meeting, itemId);
    if ((section.consent === true) === consent)
      throw new CommandError(
        consent ? 'This item is already on the consent agenda.' : 'This item is not on the consent agenda.',
      );
    const [item] = section.items.splice(index, 1);
    if (consent) {
      item!.pulledById = null;
      ensureConsentSection(meeting, context).items.push(item!);
    } else {
      const at = meeting.agenda.findIndex((s) => s.consent === true);
      const target =
        meeting.agenda.slice(at + 1).find((s) => s.consent !== true) ??
        meeting.agenda.slice(0, at).findLast((s) => s.consent !== true) ??
        sectionAfterConsent(meeting, 'Agenda', context);
      target.items.unshift(item!);
    }
    dropEmptyConsentSection(meeting);
  },
});

export const pullConsentItem = defineCommand({
  name: 'pullConsentItem',
  references: OnAgenda,
  label: 'pull item from consent agenda',
  input: z.strictObject({ meetingId: Id, itemId: Id, pulledById: Id }),
  describe: (input, doc) =>
    `pull an item of "${meetingTitle(doc, input.meetingId)}" off the consent agenda for ${doc.stakeholders.find((s) => s.id === input.pulledById)?.name ?? 'a member'}`,
  apply(draft, { meetingId, itemId, pulledById }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const { section, index } = locate(meeting, itemId);
    if (section.consent !== true) throw new CommandError('This item is not on the consent agenda.');
    const minutes = meeting.minutes;
    if (minutes?.status === 'approved')
      throw new CommandError('These minutes have been approved. Return them to draft before changing them.');
    if (minutes?.consentApprovedItemIds)
      throw new CommandError('The consent agenda has already been approved, so its items can no longer be pulled.');
    const inRoom = presentIds(meeting);
    if (inRoom.size && !inRoom.has(pulledById)) {
      const message = 'Only a member marked present can pull an item. Mark their attendance first.';
      throw new InputError(message, { pulledById: message });
    }
    const [item] = section.items.splice(index, 1);
    item!.pulledById = pulledById;
    const target = sectionAfterConsent(meeting, PULLED_SECTION_TITLE, context);
    target.items.push(item!);
    dropEmptyConsentSection(meeting);
    if (minutes) {
      const at = minutes.items.findIndex((i) => i.agendaItemId === itemId);
      if (at >= 0) {
        const [copied] = minutes.items.splice(at, 1);
        copied!.consent = false;
        copied!.pulledById = pulledById;
        copied!.sectionTitle = target.title;
        // Taken up after the consent agenda, as the meeting does.
        const lastConsent = minutes.items.findLastIndex((i) => i.consent === true || i.pulledById);
        minutes.items.splice(lastConsent + 1, 0, copied!);
      }
    }
  },
});

export const approveConsentAgenda = defineCommand({
  name: 'approveConsentAgenda',
  label: 'approve consent agenda',
  input: z.strictObject({ meetingId: Id }),
  describe: (input, doc) => `approve the consent agenda of "${meetingTitle(doc, input.meetingId)}"`,
  apply(draft, { meetingId }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    const minutes = meeting.minutes;
    if (!minutes) throw new CommandError('Start the minutes first: the approval is recorded in them.');
    if (minutes.status === 'approved')
      throw new CommandError('These minutes have been approved. Return them to draft before changing them.');
    if (minutes.consentApprovedItemIds) throw new CommandError('The consent agenda has already been approved.');
    const items = consentMinutesItems(minutes.items);
    if (items.length === 0) throw new CommandError('There are no items left on the consent agenda to approve.');
    for (const item of items) item.outcome = 'done';
    minutes.consentApprovedItemIds = items.map((i) => i.id);
    return items.length;
  },
});

export const undoConsentApproval = defineCommand({
  name: 'undoConsentApproval',
  label: 'withdraw consent agenda approval',
  input: z.strictObject({ meetingId: Id }),
  describe: () => 'withdraw the approval of the consent agenda',
  apply(draft, { meetingId }) {
    const minutes = findOrFail(draft.meetings, meetingId, 'meeting').minutes;
    if (!minutes?.consentApprovedItemIds) throw new CommandError('The consent agenda has not been approved.');
    if (minutes.status === 'approved')
      throw new CommandError('These minutes have been approved. Return them to draft before changing them.');
    delete minutes.consentApprovedItemIds;
  },
});
