import type { ActionItem } from '../actions';
import type { Meeting } from '../meetings';
import type { Organization } from '../stakeholders';
import type { Policy } from '../policies';
import type { Stakeholder } from '../stakeholders';
import type { Workgroup } from './model';
import type { WorkspaceDocument } from '../workspace/document';
import { byStart } from '../meetings';
import { waitingOn, type WaitingOn } from '../policies';
import { currentRevision } from '../policies';
import type { PolicyRevision } from '../policies';

/**
 * Everything about one workgroup, gathered once for its page and its Word report so the two
 * always agree: who is in it, its meetings, its action items, and the policies it is responsible for.
 */
export interface WorkgroupMember {
  stakeholder: Stakeholder;
  organization: Organization | null;
  isLead: boolean;
}

export interface WorkgroupPolicy {
  policy: Policy;
  current: PolicyRevision | null;
  waiting: WaitingOn;
}

export interface WorkgroupOverview {
  workgroup: Workgroup;
  lead: Stakeholder | null;
  /** The lead first, then the others by name. Members no longer in the workspace are left out. */
  members: WorkgroupMember[];
  meetings: { upcoming: Meeting[]; past: Meeting[] };
  openItems: ActionItem[];
  doneItems: ActionItem[];
  policies: WorkgroupPolicy[];
}

type Doc = Pick<
  WorkspaceDocument,
  'stakeholders' | 'organizations' | 'meetings' | 'actionItems' | 'policies' | 'workgroups'
>;

export function workgroupOverview(doc: Doc, workgroup: Workgroup, today: string): WorkgroupOverview {
  const members = workgroup.memberIds
    .map((id) => doc.stakeholders.find((s) => s.id === id))
    .filter((s): s is Stakeholder => s !== undefined)
    .map((stakeholder) => ({
      stakeholder,
      organization: doc.organizations.find((o) => o.id === stakeholder.organizationId) ?? null,
      isLead: stakeholder.id === workgroup.leadId,
    }))
    .sort((a, b) => Number(b.isLead) - Number(a.isLead) || a.stakeholder.name.localeCompare(b.stakeholder.name));

  const meetings = doc.meetings.filter((m) => m.workgroupId === workgroup.id).sort(byStart);
  const items = doc.actionItems.filter((a) => a.workgroupId === workgroup.id);
  const byDue = (a: ActionItem, b: ActionItem) =>
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title);

  return {
    workgroup,
    lead: doc.stakeholders.find((s) => s.id === workgroup.leadId) ?? null,
    members,
    meetings: {
      upcoming: meetings.filter((m) => m.status === 'planned' && m.date >= today),
      past: meetings.filter((m) => !(m.status === 'planned' && m.date >= today)).reverse(),
    },
    openItems: items.filter((a) => a.status === 'open' || a.status === 'in-progress').sort(byDue),
    doneItems: items
      .filter((a) => a.status === 'done')
      .sort((a, b) => (b.completedOn ?? '').localeCompare(a.completedOn ?? '') || a.title.localeCompare(b.title)),
    policies: doc.policies
      .filter((p) => p.workgroupId === workgroup.id)
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((policy) => ({ policy, current: currentRevision(policy), waiting: waitingOn(policy, doc) })),
  };
}
