import { CommandError } from '../../commands/define';
import type { RecognitionEvent } from '../../model/recognitionEvent';
import type { WorkspaceDocument } from '../../model/workspace';
import { certificatesDocx } from '../../export/certificates';
import { programmeDocx } from '../../export/programme';
import { honoreesOf } from '../../recognition/honorees';
import { honoreeListText } from '../../recognition/pressList';
import type { ServiceContext } from '../context';

function eventIn(doc: WorkspaceDocument, eventId: string): RecognitionEvent {
  const event = doc.recognitionEvents.find((e) => e.id === eventId);
  if (!event) throw new CommandError('That recognition event no longer exists. It may have been deleted.');
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
