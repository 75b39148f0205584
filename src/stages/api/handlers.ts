import type { z } from 'zod';
import { addDaysTo } from '../../actions/due';
import { progressReportDocx, progressReportFileName } from '../export/progressReport';
import { statusReportDocx } from '../export/statusReport';
import { dayInZone } from '../../model/calendarDay';
import { AUDIENCE_FILE_LABEL } from '../../stakeholders/privacy';
import type { ServiceContext } from '../../api/context';
import type { ProgressReportInput, StatusReportInput } from './methods';
import { InputError } from '../../errors';

/** The default period of a status report: the month before its last day. */
const DEFAULT_PERIOD_DAYS = 30;

export function stagesHandlers(context: ServiceContext) {
  return {
    exportProgressReportDocx: async ({ shareSafe }: z.output<typeof ProgressReportInput>) => {
      const { doc } = context.requireSession();
      const today = dayInZone(context.now(), doc.coalition.timeZone);
      const audience = shareSafe ? 'shared' : 'coalition';
      const bytes = await progressReportDocx(doc, { today, audience });
      return context.saveExport(progressReportFileName(doc.coalition.name, today, audience), 'docx', bytes);
    },

    exportStatusReportDocx: async ({ from, to, shareSafe }: z.output<typeof StatusReportInput>) => {
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
  };
}
