import { z } from 'zod';
import { Id } from '../../model/ids';
import type { Invitation } from '../export/invitation';
import type { SavedExport } from '../../api/context';
import { method } from '../../api/method';

export const meetingMethods = {
  exportAgendaDocx: method<SavedExport | null>(
    'Saves the agenda of a meeting (.docx): details, agenda with start times, action items under review, space for notes. Null if cancelled.',
  )(z.strictObject({ meetingId: Id })),
  exportMinutesDocx: method<SavedExport | null>(
    'Saves the minutes of a meeting (.docx): attendance, quorum, notes, decisions and votes, new action items, next meeting. Null if cancelled.',
  )(z.strictObject({ meetingId: Id })),
  exportMeetingIcs: method<SavedExport | null>(
    'Saves a calendar file (.ics) for one meeting, in the coalition’s time zone. Null if cancelled.',
  )(z.strictObject({ meetingId: Id })),
  exportSeriesIcs: method<SavedExport | null>(
    'Saves a calendar file (.ics) for a recurring series. Null if cancelled.',
  )(z.strictObject({ seriesId: Id })),
  invitationText: method<Invitation>('The invitation to a meeting as email text, with a mailto: link to the invitees.')(
    z.strictObject({ meetingId: Id }),
  ),
};
