import { z } from 'zod';
import { defineMethod } from '../api/method';
import { dayInZone } from '../model/calendarDay';
import { programDataReportDocx, programDataReportFileName } from './export/programDataReport';

export const programDataMethods = {
  exportProgramDataReportDocx: defineMethod({
    summary:
      'Saves the program data report (.docx): charts and tables of each measure by quarter. shareSafe shows counts from 1 to 4 as "fewer than 5". Null if the person cancelled.',
    input: z.strictObject({ shareSafe: z.boolean().default(true) }),
    async handle({ shareSafe }, context) {
      const { doc } = context.requireSession();
      const today = dayInZone(context.now(), doc.coalition.timeZone);
      const audience = shareSafe ? 'shared' : 'coalition';
      const bytes = await programDataReportDocx(doc, { today, audience });
      return context.saveExport(programDataReportFileName(doc.coalition.name, today, audience), 'docx', bytes);
    },
  }),
};
