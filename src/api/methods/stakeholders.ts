import { z } from 'zod';
import { Id } from '../../model/ids';
import { ImportField, MAX_CSV_BYTES, type CsvPreview } from '../../stakeholders/csvImport';
import type { RosterSummary } from '../../export/roster';
import type { SavedExport } from '../context';
import { method } from '../method';

const MAX_IDS = 10_000;

export interface StakeholderExportResult {
  saved: SavedExport | null;
  /** People written to the file. */
  included: number;
  /** People chosen but left out because they asked not to be named outside the coalition. */
  leftOut: number;
}

export const stakeholderMethods = {
  parseStakeholderCsv: method<CsvPreview>(
    'Reads the text of a CSV file of people and returns a preview: columns and their guessed fields, every row as it would be imported, per-row problems, and people already in the workspace. Saves nothing.',
  )(
    z.strictObject({
      text: z.string().max(MAX_CSV_BYTES, {
        error: `This file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB. Split it into smaller files and import them one at a time.`,
      }),
      /** The field for each column, in column order; guessed from the headers when left out. */
      mapping: z.array(ImportField).max(100).optional(),
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
