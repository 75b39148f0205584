import { policyRevisionLogDocx } from '../export/policyRevisionLog';
import { dayInZone } from '../../model/calendarDay';
import type { ServiceContext } from '../../api/context';
import { NotFoundError } from '../../errors';

export function policyHandlers(context: ServiceContext) {
  return {
    exportPolicyRevisionLogDocx: async ({ policyId }: { policyId: string }) => {
      const { doc } = context.requireSession();
      const policy = doc.policies.find((p) => p.id === policyId);
      if (!policy) throw new NotFoundError('That policy no longer exists. It may have been deleted.');
      const bytes = await policyRevisionLogDocx(doc, policy, dayInZone(context.now(), doc.coalition.timeZone));
      return context.saveExport(`Revision log - ${policy.title}`, 'docx', bytes);
    },
  };
}
