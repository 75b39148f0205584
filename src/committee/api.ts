import { z } from 'zod';
import { defineMethod } from '../api/method';
import { dayInZone } from '../model/calendarDay';
import { seatsRosterDocx } from './export/roster';

/** The committee's print: the seats and terms roster. */
export const committeeMethods = {
  exportSeatsRosterDocx: defineMethod({
    summary:
      'Saves the steering committee seats and terms roster (.docx): seats, terms, officers, history. Null if cancelled.',
    input: z.strictObject({}),
    async handle(_input, context) {
      const { doc } = context.requireSession();
      const today = dayInZone(context.now(), doc.coalition.timeZone);
      const bytes = await seatsRosterDocx(doc, today);
      return context.saveExport(`Steering committee seats and terms - ${today}`, 'docx', bytes);
    },
  }),
};
