import type { z } from 'zod';
import { addDaysTo } from '../../actions/due';
import { progressReportDocx } from '../../export/progressReport';
import { statusReportDocx } from '../../export/statusReport';
import { dayInZone } from '../../stakeholders/calendarDay';
import { InputError } from '../errors';
import type { ServiceContext } from '../context';
import type { ProgressReportInput, StatusReportInput } from '../methods/stages';

/** The default period of a status report: the month before its last day. */
const DEFAULT_PERIOD_DAYS = 30;

export function stagesHandlers(context: ServiceContext) {
  return {
    exportProgressReportDocx: async ({ shareSafe }: z.output<typeof ProgressReportInput>) => {
      const { doc } = context.requireSession();
      const today = dayInZone(context.now(), doc.coalition.timeZone);
      const bytes = await progressReportDocx(doc, { today, audience: shareSafe ? 'shared' : 'coalition' });
      return context.saveExport(`Where we are - ${doc.coalition.name} - ${today}`, 'docx', bytes);
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
      const bytes = await statusReportDocx(doc, { today, from: start, to: end, audience: shareSafe ? 'shared' : 'coalition' });
      return context.saveExport(`Steering committee status report - ${end}`, 'docx', bytes);
    },
  };
}
