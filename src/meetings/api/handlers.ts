import { agendaDocx } from '../export/agenda';
import { meetingIcs, seriesIcs } from '../export/calendar';
import { invitation } from '../export/invitation';
import { minutesDocx } from '../export/minutes';
import type { Meeting } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import type { ServiceContext } from '../../api/context';
import { NotFoundError } from '../../errors';

export function meetingHandlers(context: ServiceContext) {
  const find = (meetingId: string): { doc: WorkspaceDocument; meeting: Meeting } => {
    const { doc } = context.requireSession();
    const meeting = doc.meetings.find((m) => m.id === meetingId);
    if (!meeting) throw new NotFoundError('That meeting no longer exists. It may have been deleted.');
    return { doc, meeting };
  };
  const stem = (meeting: Meeting, what: string) => `${what} - ${meeting.title} - ${meeting.date}`;
  return {
    exportAgendaDocx: async ({ meetingId }: { meetingId: string }) => {
      const { doc, meeting } = find(meetingId);
      return context.saveExport(stem(meeting, 'Agenda'), 'docx', await agendaDocx(doc, meeting));
    },
    exportMinutesDocx: async ({ meetingId }: { meetingId: string }) => {
      const { doc, meeting } = find(meetingId);
      return context.saveExport(stem(meeting, 'Minutes'), 'docx', await minutesDocx(doc, meeting));
    },
    exportMeetingIcs: async ({ meetingId }: { meetingId: string }) => {
      const { doc, meeting } = find(meetingId);
      return context.saveExport(stem(meeting, 'Calendar'), 'ics', meetingIcs(doc, meeting));
    },
    exportSeriesIcs: async ({ seriesId }: { seriesId: string }) => {
      const { doc } = context.requireSession();
      const member = doc.meetings.find((m) => m.series?.id === seriesId);
      if (!member?.series) throw new NotFoundError('That series no longer exists.');
      return context.saveExport(`Calendar - ${member.series.name}`, 'ics', seriesIcs(doc, seriesId));
    },
    invitationText: async ({ meetingId }: { meetingId: string }) => {
      const { doc, meeting } = find(meetingId);
      return invitation(doc, meeting);
    },
  };
}
