import { workgroupReportDocx } from '../export/workgroupReport';
import { dayInZone } from '../../model/calendarDay';
import type { ServiceContext } from '../../api/context';
import { NotFoundError } from '../../errors';

export function workgroupHandlers(context: ServiceContext) {
  return {
    exportWorkgroupReportDocx: async ({ workgroupId }: { workgroupId: string }) => {
      const { doc } = context.requireSession();
      const workgroup = doc.workgroups.find((w) => w.id === workgroupId);
      if (!workgroup) throw new NotFoundError('That workgroup no longer exists. It may have been deleted.');
      const bytes = await workgroupReportDocx(doc, workgroup, dayInZone(context.now(), doc.coalition.timeZone));
      return context.saveExport(`Workgroup report - ${workgroup.name}`, 'docx', bytes);
    },
  };
}
