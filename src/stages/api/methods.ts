import { z } from 'zod';
import { DayString } from '../../model/dates';
import type { SavedExport } from '../../api/context';
import { method } from '../../api/method';

/**
 * Whether an export may be handed outside the coalition. True (the default) applies each
 * person's privacy choice for shared documents; false is the coalition's own working copy.
 */
const ShareSafe = z.boolean({ error: 'Choose whether the document may be shared.' }).default(true);

export const ProgressReportInput = z.strictObject({ shareSafe: ShareSafe });

export const StatusReportInput = z
  .strictObject({
    /** First day of the period; 30 days before `to` when left out. */
    from: DayString.optional(),
    /** Last day of the period; today when left out. */
    to: DayString.optional(),
    shareSafe: ShareSafe,
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    path: ['to'],
    error: 'The end of the period must be on or after its start.',
  });

export const stagesMethods = {
  exportProgressReportDocx: method<SavedExport | null>(
    'Saves the “where we are” progress report (.docx): every stage and item with its status and evidence, and the next steps. Null if the person cancelled.',
  )(ProgressReportInput),
  exportStatusReportDocx: method<SavedExport | null>(
    'Saves the steering committee status report (.docx) for partner agencies: progress, sector coverage, action items done and overdue, upcoming meetings, workgroups, policies awaiting adoption and recognition. Null if the person cancelled.',
  )(StatusReportInput),
};
