import { z } from 'zod';
import type { ServiceContext } from '../api/context';
import { defineMethod } from '../api/method';
import { NotFoundError } from '../errors';
import { Id } from '../model/ids';
import type { WorkspaceDocument } from '../workspace/document';
import { agendaDocx } from './export/agenda';
import { meetingIcs, seriesIcs } from './export/calendar';
import { invitation } from './export/invitation';
import { minutesDocx } from './export/minutes';
import { signInSheetDocx } from './export/signInSheet';
import { meetingTentsDocx } from './export/meetingTents';
import type { Meeting } from './model';

const ForMeeting = z.strictObject({ meetingId: Id });

function find(context: ServiceContext, meetingId: string): { doc: WorkspaceDocument; meeting: Meeting } {
  const { doc } = context.requireSession();
  const meeting = doc.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new NotFoundError('That meeting no longer exists. It may have been deleted.');
  return { doc, meeting };
}

const stem = (meeting: Meeting, what: string) => `${what} - ${meeting.title} - ${meeting.date}`;

/** The meetings' prints and calendar files. Each export answers null when the person cancels. */
export const meetingMethods = {
  exportAgendaDocx: defineMethod({
    summary:
      'Saves the agenda of a meeting (.docx): details, agenda with start times, action items under review, space for notes. Null if cancelled.',
    input: ForMeeting,
    async handle({ meetingId }, context) {
      const { doc, meeting } = find(context, meetingId);
      return context.saveExport(stem(meeting, 'Agenda'), 'docx', await agendaDocx(doc, meeting));
    },
  }),
  exportMinutesDocx: defineMethod({
    summary:
      'Saves the minutes of a meeting (.docx): attendance, quorum, notes, decisions and votes, new action items, next meeting. Null if cancelled.',
    input: ForMeeting,
    async handle({ meetingId }, context) {
      const { doc, meeting } = find(context, meetingId);
      return context.saveExport(stem(meeting, 'Minutes'), 'docx', await minutesDocx(doc, meeting));
    },
  }),
  exportSignInSheetDocx: defineMethod({
    summary:
      'Saves a sign-in sheet for a meeting (.docx, landscape): invitees pre-printed with a signature column, blank rows for guests. Private people are not printed. Null if cancelled.',
    input: ForMeeting,
    async handle({ meetingId }, context) {
      const { doc, meeting } = find(context, meetingId);
      return context.saveExport(stem(meeting, 'Sign-in sheet'), 'docx', await signInSheetDocx(doc, meeting));
    },
  }),
  exportMeetingNameTentsDocx: defineMethod({
    summary:
      'Saves name tents for a meeting’s invitees (.docx, one folded page each). Private people get a blank tent unless forRoomOnly (a closed session). Null if cancelled.',
    input: z.strictObject({ meetingId: Id, forRoomOnly: z.boolean().default(false) }),
    async handle({ meetingId, forRoomOnly }, context) {
      const { doc, meeting } = find(context, meetingId);
      return context.saveExport(stem(meeting, 'Name tents'), 'docx', await meetingTentsDocx(doc, meeting, forRoomOnly));
    },
  }),
  exportMeetingIcs: defineMethod({
    summary: 'Saves a calendar file (.ics) for one meeting, in the coalition’s time zone. Null if cancelled.',
    input: ForMeeting,
    async handle({ meetingId }, context) {
      const { doc, meeting } = find(context, meetingId);
      return context.saveExport(stem(meeting, 'Calendar'), 'ics', meetingIcs(doc, meeting));
    },
  }),
  exportSeriesIcs: defineMethod({
    summary: 'Saves a calendar file (.ics) for a recurring series. Null if cancelled.',
    input: z.strictObject({ seriesId: Id }),
    async handle({ seriesId }, context) {
      const { doc } = context.requireSession();
      const member = doc.meetings.find((m) => m.series?.id === seriesId);
      if (!member?.series) throw new NotFoundError('That series no longer exists.');
      return context.saveExport(`Calendar - ${member.series.name}`, 'ics', seriesIcs(doc, seriesId));
    },
  }),
  invitationText: defineMethod({
    summary: 'The invitation to a meeting as email text, with a mailto: link to the invitees.',
    input: ForMeeting,
    async handle({ meetingId }, context) {
      const { doc, meeting } = find(context, meetingId);
      return invitation(doc, meeting);
    },
  }),
};
