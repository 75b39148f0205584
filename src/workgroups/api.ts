import { z } from 'zod';
import { defineMethod } from '../api/method';
import { NotFoundError } from '../errors';
import { dayInZone } from '../model/calendarDay';
import { Id } from '../model/ids';
import { workgroupReportDocx } from './export/workgroupReport';

export const workgroupMethods = {
  exportWorkgroupReportDocx: defineMethod({
    summary:
      'Saves a workgroup report (.docx): charge, members, status, action items, meetings and policies. Null if the person cancelled.',
    input: z.strictObject({ workgroupId: Id }),
    async handle({ workgroupId }, context) {
      const { doc } = context.requireSession();
      const workgroup = doc.workgroups.find((w) => w.id === workgroupId);
      if (!workgroup) throw new NotFoundError('That workgroup no longer exists. It may have been deleted.');
      const bytes = await workgroupReportDocx(doc, workgroup, dayInZone(context.now(), doc.coalition.timeZone));
      return context.saveExport(`Workgroup report - ${workgroup.name}`, 'docx', bytes);
    },
  }),
};
