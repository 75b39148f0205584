import { z } from 'zod';
import { defineMethod } from '../api/method';
import type { SavedExport } from '../api/context';
import { InputError, NotAllowedError, NotFoundError } from '../errors';
import { dayInZone } from '../model/calendarDay';
import { Id } from '../model/ids';
import type { WorkspaceDocument } from '../workspace/document';
import { CsvRefused, ImportField, MAX_CSV_BYTES, previewCsv } from './csvImport';
import { stakeholdersCsv } from './export/csvExport';
import { rosterDocx } from './export/roster';
import { vcardsFor } from './export/vcard';
import { NO_FILTER, sortStakeholders } from './filter';
import { TextEncodingName } from './import/encoding';
import { previewFile } from './import/previewFile';
import type { Stakeholder } from './model/stakeholder';
import { organizationsById } from './sectorOf';

const MAX_IDS = 10_000;
const TOO_LARGE = `This file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB. Split it into smaller files and import them one at a time.`;

export interface StakeholderExportResult {
  saved: SavedExport | null;
  /** People written to the file. */
  included: number;
  /** People chosen but left out because they asked not to be named outside the coalition. */
  leftOut: number;
}

/** The people named by id, in list order (sorted by name), refusing ids that are gone. */
function chosenPeople(doc: WorkspaceDocument, ids: readonly string[] | undefined): Stakeholder[] {
  const orgs = organizationsById(doc.organizations);
  if (!ids) return sortStakeholders([...doc.stakeholders], orgs, NO_FILTER.sort);
  const wanted = new Set(ids);
  const people = doc.stakeholders.filter((s) => wanted.has(s.id));
  if (people.length !== wanted.size)
    throw new NotFoundError('Some of the people chosen are no longer in the workspace. Choose them again.');
  return sortStakeholders(people, orgs, NO_FILTER.sort);
}

const ImportInput = z
  .strictObject({
    text: z.string().max(MAX_CSV_BYTES, { error: TOO_LARGE }).optional(),
    /** The file's bytes in base64 (JSON carries no bytes), with its name, which tells its format. */
    file: z
      .strictObject({
        name: z.string().max(255),
        base64: z
          .string()
          .max(Math.ceil(MAX_CSV_BYTES / 3) * 4, { error: TOO_LARGE })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file did not arrive whole. Choose it again.' }),
      })
      .optional(),
    encoding: TextEncodingName.optional(),
    sheet: z.string().max(200).optional(),
    /** The field for each column, in column order; guessed from the headers when left out. */
    mapping: z.array(ImportField).max(100).optional(),
  })
  .refine((input) => (input.text === undefined) !== (input.file === undefined), {
    error: 'Choose a file to import.',
    path: ['file'],
  });

export const stakeholderMethods = {
  parseStakeholderCsv: defineMethod({
    summary:
      'Reads a file of people (CSV in any common encoding, .xlsx, .ods, .vcf; or CSV text) and returns a preview: how it was read, columns and their guessed fields, every row as it would be imported, per-row problems, and people already in the workspace. Saves nothing.',
    input: ImportInput,
    async handle({ text, file, encoding, sheet, mapping }, context) {
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
  }),

  exportStakeholdersCsv: defineMethod({
    summary:
      'Saves the stakeholder list as CSV. Share-safe (the default) leaves out contact details, notes and lived experience, and the names of people who asked not to be named.',
    input: z.strictObject({
      ids: z.array(Id).min(1).max(MAX_IDS).optional(),
      shareSafe: z.boolean().default(true),
    }),
    async handle({ ids, shareSafe }, context): Promise<StakeholderExportResult> {
      const { doc } = context.requireSession();
      const people = chosenPeople(doc, ids);
      const text = stakeholdersCsv(people, organizationsById(doc.organizations), { shareSafe });
      const name = shareSafe ? 'Stakeholders (share-safe)' : 'Stakeholders (coalition copy)';
      return { saved: await context.saveExport(name, 'csv', text), included: people.length, leftOut: 0 };
    },
  }),

  exportVcards: defineMethod({
    summary:
      'Saves contact cards (.vcf) for the chosen people. Private people are left out; name-only people get a card without email or phone.',
    input: z.strictObject({ ids: z.array(Id).min(1, { error: 'Choose at least one person.' }).max(MAX_IDS) }),
    async handle({ ids }, context): Promise<StakeholderExportResult> {
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
  }),

  exportRosterDocx: defineMethod({
    summary: 'Saves the stakeholder roster (.docx), a table per sector, honouring each person’s privacy setting.',
    input: z.strictObject({ includeInactive: z.boolean().default(false) }),
    async handle({ includeInactive }, context) {
      const { doc } = context.requireSession();
      const { bytes, summary } = await rosterDocx(doc, {
        today: dayInZone(context.now(), doc.coalition.timeZone),
        includeInactive,
      });
      return { saved: await context.saveExport('Stakeholder roster', 'docx', bytes), summary };
    },
  }),
};
