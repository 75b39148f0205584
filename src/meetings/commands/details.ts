import { z } from 'zod';
import { TimeOfDay } from '../../model/dates';
import { Id } from '../../model/ids';
import { MeetingFields, QuorumRule, type Meeting } from '../model';
import { earlierMeetingsOfBody } from '../body';
import { startInstant } from '../../model/wallClock';
import { defaultQuorumFor } from '../quorum';
import { findTemplate } from '../templates';
import { changesOf } from '../../commands/changes';
import { defineCommand, findOrFail } from '../../commands/define';
import { CommandError, InputError, NotFoundError } from '../../errors';
import { Subject, meetingTitle } from './shared';
import { templateAgenda } from './agenda';

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
