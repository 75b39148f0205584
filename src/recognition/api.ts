import { z } from 'zod';
import { defineMethod } from '../api/method';
import { CommandError, NotFoundError } from '../errors';
import { Id } from '../model/ids';
import type { WorkspaceDocument } from '../workspace/document';
import { certificatesDocx } from './export/certificates';
import { programmeDocx } from './export/programme';
import { ceremonyTentsDocx } from './export/tents';
import { honoreesOf } from './honorees';
import type { RecognitionEvent } from './model';
import { honoreeListText } from './pressList';

const ForEvent = z.strictObject({ eventId: Id });

function eventIn(doc: WorkspaceDocument, eventId: string): RecognitionEvent {
  const event = doc.recognitionEvents.find((e) => e.id === eventId);
  if (!event) throw new NotFoundError('That recognition event no longer exists. It may have been deleted.');
  return event;
}

export const recognitionMethods = {
  exportProgrammeDocx: defineMethod({
    summary:
      'Saves the printed program of a recognition event (.docx): details, run of show, honorees with citations, thanks to the partners. Null if cancelled.',
    input: ForEvent,
    async handle({ eventId }, context) {
      const { doc } = context.requireSession();
      const event = eventIn(doc, eventId);
      return context.saveExport(`${event.title} - program`, 'docx', await programmeDocx(event, doc));
    },
  }),
  exportCertificatesDocx: defineMethod({
    summary:
      'Saves the certificates of a recognition event (.docx): one framed landscape page per honoree. Null if cancelled.',
    input: ForEvent,
    async handle({ eventId }, context) {
      const { doc } = context.requireSession();
      const event = eventIn(doc, eventId);
      if (honoreesOf(event, doc).length === 0) {
        throw new CommandError(
          'No honorees have been selected yet. Mark the chosen nominations as selected, then print their certificates.',
        );
      }
      return context.saveExport(`${event.title} - certificates`, 'docx', await certificatesDocx(event, doc));
    },
  }),
  exportCeremonyNameTentsDocx: defineMethod({
    summary:
      'Saves name tents for a recognition event (.docx, one folded page each): honorees and speakers; anyone who asked not to be named gets a blank tent. Null if cancelled.',
    input: ForEvent,
    async handle({ eventId }, context) {
      const { doc } = context.requireSession();
      const event = eventIn(doc, eventId);
      return context.saveExport(`${event.title} - name tents`, 'docx', await ceremonyTentsDocx(event, doc));
    },
  }),
  honoreeListText: defineMethod({
    summary:
      'The honorees of a recognition event as plain text for a press release or social post, honouring privacy.',
    input: ForEvent,
    async handle({ eventId }, context) {
      const { doc } = context.requireSession();
      return honoreeListText(eventIn(doc, eventId), doc);
    },
  }),
};
