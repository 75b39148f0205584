import { z } from 'zod';
import { addDaysTo } from '../actions';
import { defineMethod } from '../api/method';
import { CommandError, NotFoundError } from '../errors';
import { dayInZone } from '../model/calendarDay';
import { DayString } from '../model/dates';
import { Id } from '../model/ids';
import type { WorkspaceDocument } from '../workspace/document';
import { completionCertificatesDocx } from './export/certificates';
import { rosterDocx } from './export/roster';
import { trainingSummaryDocx } from './export/summary';

/** Training's prints: the roster to sign in on, the certificates, the committee's summary. */

function classAndCourse(doc: WorkspaceDocument, classId: string) {
  const trainingClass = doc.trainingClasses.find((c) => c.id === classId);
  if (!trainingClass) throw new NotFoundError('That class no longer exists. It may have been deleted.');
  const course = doc.trainingCourses.find((c) => c.id === trainingClass.courseId);
  if (!course) throw new NotFoundError('The course of this class no longer exists.');
  return { trainingClass, course };
}

export const trainingMethods = {
  exportClassRosterDocx: defineMethod({
    summary: 'Saves a class roster with a sign-in sheet (.docx). Null if the person cancelled.',
    input: z.strictObject({ classId: Id }),
    async handle({ classId }, context) {
      const { doc } = context.requireSession();
      const { trainingClass, course } = classAndCourse(doc, classId);
      const bytes = await rosterDocx(doc, trainingClass, course);
      return context.saveExport(`Class roster - ${course.name} - ${trainingClass.startsOn}`, 'docx', bytes);
    },
  }),
  exportCompletionCertificatesDocx: defineMethod({
    summary: 'Saves one certificate of completion per trainee who completed the class (.docx). Null if cancelled.',
    input: z.strictObject({ classId: Id }),
    async handle({ classId }, context) {
      const { doc } = context.requireSession();
      const { trainingClass, course } = classAndCourse(doc, classId);
      if (!trainingClass.trainees.some((t) => t.status === 'completed'))
        throw new CommandError(
          'No one has completed this class yet. Mark who completed it, then print their certificates.',
        );
      const bytes = await completionCertificatesDocx(doc, trainingClass, course);
      return context.saveExport(`Certificates - ${course.name} - ${trainingClass.startsOn}`, 'docx', bytes);
    },
  }),
  exportTrainingSummaryDocx: defineMethod({
    summary:
      'Saves the training summary for the steering committee (.docx): classes, completions by agency and role, coverage against target, refreshers due. Null if cancelled.',
    // Both days may be left out, as on the Reports screen: the period is then the year to today.
    input: z.strictObject({ from: DayString.optional(), to: DayString.optional() }),
    async handle(input, context) {
      const { doc } = context.requireSession();
      const today = dayInZone(context.now(), doc.coalition.timeZone);
      const to = input.to ?? today;
      const from = input.from ?? addDaysTo(to, -364);
      if (to < from) throw new CommandError('The period ends before it begins. Check the two dates.');
      const bytes = await trainingSummaryDocx(doc, { from, to }, today);
      return context.saveExport(`Training summary - ${from} to ${to}`, 'docx', bytes);
    },
  }),
};
