import { z } from 'zod';
import { addDaysTo } from '../actions';
import { defineMethod } from '../api/method';
import { InputError } from '../errors';
import { dayInZone } from '../model/calendarDay';
import { DayString } from '../model/dates';
import { AUDIENCE_FILE_LABEL } from '../stakeholders';
import { progressReportDocx, progressReportFileName } from './export/progressReport';
import { statusReportDocx } from './export/statusReport';

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

/** The default period of a status report: the month before its last day. */
const DEFAULT_PERIOD_DAYS = 30;

export const stagesMethods = {
  exportProgressReportDocx: defineMethod({
    summary:
      'Saves the “where we are” progress report (.docx): every stage and item with its status and evidence, and the next steps. Null if the person cancelled.',
    input: ProgressReportInput,
    async handle({ shareSafe }, context) {
      const { doc } = context.requireSession();
      const today = dayInZone(context.now(), doc.coalition.timeZone);
      const audience = shareSafe ? 'shared' : 'coalition';
      const bytes = await progressReportDocx(doc, { today, audience });
      return context.saveExport(progressReportFileName(doc.coalition.name, today, audience), 'docx', bytes);
    },
  }),
  exportStatusReportDocx: defineMethod({
    summary:
      'Saves the steering committee status report (.docx) for partner agencies: progress, sector coverage, action items done and overdue, upcoming meetings, workgroups, policies awaiting adoption and recognition. Null if the person cancelled.',
    input: StatusReportInput,
    async handle({ from, to, shareSafe }, context) {
      const { doc } = context.requireSession();
      const today = dayInZone(context.now(), doc.coalition.timeZone);
      const end = to ?? today;
      const start = from ?? addDaysTo(end, -DEFAULT_PERIOD_DAYS);
      if (start > end) {
        // Only reachable with `from` alone, after today: the schema checks the pair when both are given.
        const message = 'The start of the period cannot be after its end.';
        throw new InputError(message, { from: message });
      }
      const audience = shareSafe ? 'shared' : 'coalition';
      const bytes = await statusReportDocx(doc, { today, from: start, to: end, audience });
      // Told apart by audience, as the progress report is, so one copy never replaces the other.
      const name = `Steering committee status report - ${end} ${AUDIENCE_FILE_LABEL[audience]}`;
      return context.saveExport(name, 'docx', bytes);
    },
  }),
};
