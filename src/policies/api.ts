import { z } from 'zod';
import { defineMethod } from '../api/method';
import { NotFoundError } from '../errors';
import { dayInZone } from '../model/calendarDay';
import { Id } from '../model/ids';
import { policyRevisionLogDocx } from './export/policyRevisionLog';

export const policyMethods = {
  exportPolicyRevisionLogDocx: defineMethod({
    summary:
      'Saves a policy’s revision log (.docx): the revision history as a table, the signatures, then the current text. Null if the person cancelled.',
    input: z.strictObject({ policyId: Id }),
    async handle({ policyId }, context) {
      const { doc } = context.requireSession();
      const policy = doc.policies.find((p) => p.id === policyId);
      if (!policy) throw new NotFoundError('That policy no longer exists. It may have been deleted.');
      const bytes = await policyRevisionLogDocx(doc, policy, dayInZone(context.now(), doc.coalition.timeZone));
      return context.saveExport(`Revision log - ${policy.title}`, 'docx', bytes);
    },
  }),
};
