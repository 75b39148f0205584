import { z } from 'zod';
import { Id } from '../../model/ids';
import type { SavedExport } from '../../api/context';
import { method } from '../../api/method';

export const policyMethods = {
  exportPolicyRevisionLogDocx: method<SavedExport | null>(
    'Saves a policy’s revision log (.docx): the revision history as a table, the signatures, then the current text. Null if the person cancelled.',
  )(z.strictObject({ policyId: Id })),
};
