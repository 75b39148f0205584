import type { RecognitionEvent } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { certificatesDocx } from '../export/certificates';
import { programmeDocx } from '../export/programme';
import { honoreesOf } from '../honorees';
import { honoreeListText } from '../pressList';
import type { ServiceContext } from '../../api/context';
import { CommandError, NotFoundError } from '../../errors';

function eventIn(doc: WorkspaceDocument, eventId: string): RecognitionEvent {
  const event = doc.recognitionEvents.find((e) => e.id === eventId);
  if (!event) throw new NotFoundError('That recognition event no longer exists. It may have been deleted.');
  return event;
}

export function recognitionHandlers(context: ServiceContext) {
  return {
    exportProgrammeDocx: async ({ eventId }: { eventId: string }) => {
      const doc = context.requireSession().doc;
      const event = eventIn(doc, eventId);
      return context.saveExport(`${event.title} - program`, 'docx', await programmeDocx(event, doc));
    },
    exportCertificatesDocx: async ({ eventId }: { eventId: string }) => {
      const doc = context.requireSession().doc;
      const event = eventIn(doc, eventId);
      if (honoreesOf(event, doc).length === 0) {
        throw new CommandError(
          'No honorees have been selected yet. Mark the chosen nominations as selected, then print their certificates.',
        );
      }
      return context.saveExport(`${event.title} - certificates`, 'docx', await certificatesDocx(event, doc));
    },
    honoreeListText: async ({ eventId }: { eventId: string }) => {
      const doc = context.requireSession().doc;
      return honoreeListText(eventIn(doc, eventId), doc);
    },
  };
}
