import { rosterDocx } from '../export/roster';
import type { Stakeholder } from '../model/stakeholder';
import type { WorkspaceDocument } from '../../workspace/document';
import { dayInZone } from '../../model/calendarDay';
import { CsvRefused, previewCsv, type ImportField } from '../csvImport';
import type { TextEncodingName } from '../import/encoding';
import { previewFile } from '../import/previewFile';
import { stakeholdersCsv } from '../export/csvExport';
import { NO_FILTER, sortStakeholders } from '../filter';
import { organizationsById } from '../sectorOf';
import { vcardsFor } from '../export/vcard';
import type { ServiceContext } from '../../api/context';
import type { StakeholderExportResult } from './methods';
import { InputError, NotAllowedError } from '../../errors';

/** The people named by id, in list order (sorted by name), refusing ids that are gone. */
function chosenPeople(doc: WorkspaceDocument, ids: readonly string[] | undefined): Stakeholder[] {
  const orgs = organizationsById(doc.organizations);
  if (!ids) return sortStakeholders([...doc.stakeholders], orgs, NO_FILTER.sort);
  const wanted = new Set(ids);
  const people = doc.stakeholders.filter((s) => wanted.has(s.id));
  if (people.length !== wanted.size)
    throw new NotAllowedError('Some of the people chosen are no longer in the workspace. Choose them again.');
  return sortStakeholders(people, orgs, NO_FILTER.sort);
}

export function stakeholderHandlers(context: ServiceContext) {
  return {
    parseStakeholderCsv: async ({
      text,
      file,
      encoding,
      sheet,
      mapping,
    }: {
      text?: string;
      file?: { name: string; base64: string };
      encoding?: TextEncodingName;
      sheet?: string;
      mapping?: ImportField[];
    }) => {
      const { doc } = context.requireSession();
      try {
        if (file) {
          // Buffer: this runs in the main process (Node), where it decodes base64 without copying through a string.
          const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
          return previewFile(bytes, file.name, doc, { encoding, sheet, mapping });
        }
        return previewCsv(text ?? '', doc, mapping);
      } catch (error) {
        if (error instanceof CsvRefused) throw new InputError(error.message, { file: error.message });
        throw error;
      }
    },

    exportStakeholdersCsv: async ({
      ids,
      shareSafe,
    }: {
      ids?: string[];
      shareSafe: boolean;
    }): Promise<StakeholderExportResult> => {
      const { doc } = context.requireSession();
      const people = chosenPeople(doc, ids);
      const text = stakeholdersCsv(people, organizationsById(doc.organizations), { shareSafe });
      const name = shareSafe ? 'Stakeholders (share-safe)' : 'Stakeholders (coalition copy)';
      return { saved: await context.saveExport(name, 'csv', text), included: people.length, leftOut: 0 };
    },

    exportVcards: async ({ ids }: { ids: string[] }): Promise<StakeholderExportResult> => {
      const { doc } = context.requireSession();
      const cards = vcardsFor(chosenPeople(doc, ids), organizationsById(doc.organizations));
      if (cards.included === 0) {
        throw new NotAllowedError(
          ids.length === 1
            ? 'This person asked not to be named outside the coalition, so no contact card can be made for them.'
            : 'Everyone chosen asked not to be named outside the coalition, so no contact cards can be made.',
        );
      }
      const saved = await context.saveExport(cards.included === 1 ? 'Contact' : 'Contacts', 'vcf', cards.text);
      return { saved, included: cards.included, leftOut: cards.leftOut };
    },

    exportRosterDocx: async ({ includeInactive }: { includeInactive: boolean }) => {
      const { doc } = context.requireSession();
      const { bytes, summary } = await rosterDocx(doc, {
        today: dayInZone(context.now(), doc.coalition.timeZone),
        includeInactive,
      });
      return { saved: await context.saveExport('Stakeholder roster', 'docx', bytes), summary };
    },
  };
}
