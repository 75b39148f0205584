import { z } from 'zod';
import { defineMethod } from '../api/method';
import { NotFoundError } from '../errors';
import { dayInZone } from '../model/calendarDay';
import { Id } from '../model/ids';
import { meetingPacketDocx } from './export/packet';

/** The packet's one export. */
export const packetMethods = {
  exportMeetingPacketDocx: defineMethod({
    summary:
      'Saves the meeting packet (.docx): contents, agenda, the previous minutes for approval, open and overdue action items, and the reports the agenda names. Null if cancelled.',
    input: z.strictObject({ meetingId: Id }),
    async handle({ meetingId }, context) {
      const { doc } = context.requireSession();
      const meeting = doc.meetings.find((m) => m.id === meetingId);
      if (!meeting) throw new NotFoundError('That meeting no longer exists. It may have been deleted.');
      const today = dayInZone(context.now(), doc.coalition.timeZone);
      const bytes = await meetingPacketDocx(doc, meeting, today);
      return context.saveExport(`Meeting packet - ${meeting.title} - ${meeting.date}`, 'docx', bytes);
    },
  }),
};
