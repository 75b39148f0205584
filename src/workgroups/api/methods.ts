import { z } from 'zod';
import { Id } from '../../model/ids';
import type { SavedExport } from '../../api/context';
import { method } from '../../api/method';

export const workgroupMethods = {
  exportWorkgroupReportDocx: method<SavedExport | null>(
    'Saves a workgroup report (.docx): charge, members, status, action items, meetings and policies. Null if the person cancelled.',
  )(z.strictObject({ workgroupId: Id })),
};
