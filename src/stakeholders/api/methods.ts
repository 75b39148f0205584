import { z } from 'zod';
import { Id } from '../../model/ids';
import { ImportField, MAX_CSV_BYTES, type CsvPreview } from '../csvImport';
import { TextEncodingName } from '../import/encoding';
import type { RosterSummary } from '../export/roster';
import type { SavedExport } from '../../api/context';
import { method } from '../../api/method';

const MAX_IDS = 10_000;
const TOO_LARGE = `This file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB. Split it into smaller files and import them one at a time.`;

export interface StakeholderExportResult {
  saved: SavedExport | null;
  /** People written to the file. */
  included: number;
  /** People chosen but left out because they asked not to be named outside the coalition. */
  leftOut: number;
}

export const stakeholderMethods = {
  parseStakeholderCsv: method<CsvPreview>(
    'Reads a file of people (CSV in any common encoding, .xlsx, .ods, .vcf; or CSV text) and returns a preview: how it was read, columns and their guessed fields, every row as it would be imported, per-row problems, and people already in the workspace. Saves nothing.',
  )(
    z
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
      }),
  ),
  exportStakeholdersCsv: method<StakeholderExportResult>(
    'Saves the stakeholder list as CSV. Share-safe (the default) leaves out contact details, notes and lived experience, and the names of people who asked not to be named.',
  )(
    z.strictObject({
      ids: z.array(Id).min(1).max(MAX_IDS).optional(),
      shareSafe: z.boolean().default(true),
    }),
  ),
  exportVcards: method<StakeholderExportResult>(
    'Saves contact cards (.vcf) for the chosen people. Private people are left out; name-only people get a card without email or phone.',
  )(z.strictObject({ ids: z.array(Id).min(1, { error: 'Choose at least one person.' }).max(MAX_IDS) })),
  exportRosterDocx: method<{ saved: SavedExport | null; summary: RosterSummary }>(
    'Saves the stakeholder roster (.docx), a table per sector, honouring each person’s privacy setting.',
  )(z.strictObject({ includeInactive: z.boolean().default(false) })),
};
