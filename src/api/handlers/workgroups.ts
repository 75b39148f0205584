import { workgroupReportDocx } from '../../export/workgroupReport';
import { dayInZone } from '../../stakeholders/calendarDay';
import type { ServiceContext } from '../context';
import { NotAllowedError } from '../dispatcher';

export function workgroupHandlers(context: ServiceContext) {
  return {
    exportWorkgroupReportDocx: async ({ workgroupId }: { workgroupId: string }) => {
      const { doc } = context.requireSession();
      const workgroup = doc.workgroups.find((w) => w.id === workgroupId);
      if (!workgroup) throw new NotAllowedError('That workgroup no longer exists. It may have been deleted.');
      const bytes = await workgroupReportDocx(doc, workgroup, dayInZone(context.now(), doc.coalition.timeZone));
      return context.saveExport(`Workgroup report - ${workgroup.name}`, 'docx', bytes);
    },
  };
}
