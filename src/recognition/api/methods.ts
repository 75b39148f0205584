import { z } from 'zod';
import { Id } from '../../model/ids';
import type { SavedExport } from '../../api/context';
import { method } from '../../api/method';

const ForEvent = z.strictObject({ eventId: Id });

export const recognitionMethods = {
  exportProgrammeDocx: method<SavedExport | null>(
    'Saves the printed program of a recognition event (.docx): details, run of show, honorees with citations, thanks to the partners. Null if cancelled.',
  )(ForEvent),
  exportCertificatesDocx: method<SavedExport | null>(
    'Saves the certificates of a recognition event (.docx): one framed landscape page per honoree. Null if cancelled.',
  )(ForEvent),
  honoreeListText: method<string>(
    'The honorees of a recognition event as plain text for a press release or social post, honouring privacy.',
  )(ForEvent),
};
