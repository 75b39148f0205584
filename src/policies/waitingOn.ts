import type { Organization } from '../stakeholders';
import type { Policy, PolicyRevision } from './model';
import type { Workgroup } from '../workgroups';
import { adoptedRevision, currentStatusSince, workingRevision } from './currentRevision';

/**
 * What a policy is waiting for, and on whom: the question a chair asks before every steering
 * committee meeting. The revision that matters is the one being worked on, or, when nothing is,
 * the one in force (partners may still owe a signature on it).
 */
export type WaitingStage =
  | 'no-revision' // nothing written yet: the responsible workgroup owes a first draft
  | 'drafting' // the workgroup is drafting
  | 'review' // the steering committee is reviewing
  | 'signatures' // partner agencies have not all signed
  | 'adoption' // approved and signed; the owning agency has to adopt it
  | 'in-force'; // adopted and signed by every partner: waiting on nobody

export interface WaitingOn {
  stage: WaitingStage;
  revision: PolicyRevision | null;
  /** Who the policy waits on, by name (agencies, the workgroup, the committee); empty when in force. */
  parties: string[];
  /** Partner agencies that have not signed the revision concerned. */
  unsignedOrganizationIds: string[];
  /** Since when it has waited at this stage (the day the revision reached its status); null with no revision. */
  since: string | null;
  /** One plain sentence for the screen and the reports. */
  sentence: string;
}

export interface WaitingContext {
  organizations: readonly Pick<Organization, 'id' | 'name'>[];
  workgroups: readonly Pick<Workgroup, 'id' | 'name'>[];
}

/** Partner agencies that have not signed a revision, in the order the policy lists them. */
export function unsignedPartners(
  policy: Pick<Policy, 'partnerOrganizationIds'>,
  revision: Pick<PolicyRevision, 'signatures'>,
): string[] {
  const signed = new Set(revision.signatures.map((s) => s.organizationId));
  return policy.partnerOrganizationIds.filter((id) => !signed.has(id));
}

export function waitingOn(policy: Policy, context: WaitingContext): WaitingOn {
  const orgName = (id: string | null) =>
    context.organizations.find((o) => o.id === id)?.name ?? 'an agency no longer listed';
  const workgroup = context.workgroups.find((w) => w.id === policy.workgroupId)?.name ?? null;
  const owner = policy.owningOrganizationId ? orgName(policy.owningOrganizationId) : null;
  const drafter = workgroup ?? owner;

  const revision = workingRevision(policy) ?? adoptedRevision(policy);
  if (!revision) {
    const opening = policy.revisions.length === 0 ? 'No revision yet' : 'Every revision has been superseded';
    return {
      stage: 'no-revision',
      revision: null,
      parties: drafter ? [drafter] : [],
      unsignedOrganizationIds: [],
      since: null,
      sentence: drafter
        ? `${opening}: waiting on ${drafter} for a ${policy.revisions.length === 0 ? 'first' : 'new'} draft.`
        : `${opening}, and no workgroup or agency is responsible for drafting one.`,
    };
  }
  const since = currentStatusSince(revision);
  const base = { revision, since };
  const v = `Version ${revision.version}`;

  switch (revision.status) {
    case 'draft':
      return {
        ...base,
        stage: 'drafting',
        parties: drafter ? [drafter] : [],
        unsignedOrganizationIds: [],
        sentence: drafter
          ? `${v} is a draft: waiting on ${drafter} to send it for review.`
          : `${v} is a draft, with no workgroup responsible for it.`,
      };
    case 'in-review':
      return {
        ...base,
        stage: 'review',
        parties: ['the steering committee'],
        unsignedOrganizationIds: [],
        sentence: `${v} is in review: waiting on the steering committee to approve it or send it back.`,
      };
    default: {
      const unsigned = unsignedPartners(policy, revision);
      if (unsigned.length > 0) {
        const names = unsigned.map(orgName);
        return {
          ...base,
          stage: 'signatures',
          parties: names,
          unsignedOrganizationIds: unsigned,
          sentence: `${v} ${revision.status === 'adopted' ? 'is in force' : 'is approved'}: waiting on ${joinNames(names)} to sign.`,
        };
      }
      if (revision.status === 'approved') {
        return {
          ...base,
          stage: 'adoption',
          parties: owner ? [owner] : [],
          unsignedOrganizationIds: [],
          sentence: owner
            ? `${v} is approved${policy.partnerOrganizationIds.length ? ' and signed' : ''}: waiting on ${owner} to adopt it.`
            : `${v} is approved: waiting to be adopted (no owning agency is named).`,
        };
      }
      return {
        ...base,
        stage: 'in-force',
        parties: [],
        unsignedOrganizationIds: [],
        sentence: `${v} is in force. Nothing is waiting.`,
      };
    }
  }
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export interface PartyQueue {
  party: string;
  items: { policy: Policy; waiting: WaitingOn }[];
}

/**
 * The same answer turned around: for each agency, group or committee, the policies waiting on
 * it, the longest-waiting first. The party with the most waiting comes first.
 */
export function waitingByParty(policies: readonly Policy[], context: WaitingContext): PartyQueue[] {
  const queues = new Map<string, PartyQueue>();
  for (const policy of policies) {
    const waiting = waitingOn(policy, context);
    for (const party of waiting.parties) {
      const queue = queues.get(party) ?? { party, items: [] };
      queue.items.push({ policy, waiting });
      queues.set(party, queue);
    }
  }
  for (const queue of queues.values())
    queue.items.sort((a, b) => (a.waiting.since ?? '9999').localeCompare(b.waiting.since ?? '9999'));
  return [...queues.values()].sort((a, b) => b.items.length - a.items.length || a.party.localeCompare(b.party));
}
