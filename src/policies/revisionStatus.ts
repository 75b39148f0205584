import { RevisionStatus, type PolicyRevision } from './model';

/**
 * The rules for moving a revision from one status to another. Commands ask here before they
 * change anything, and screens ask here which moves to offer, so the two never disagree.
 *
 * The path: a workgroup drafts; the steering committee reviews and approves; the owning agency
 * adopts, which supersedes whatever was in force before. A superseded revision is history: its
 * status never changes again, so it can never be approved or adopted by mistake.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<RevisionStatus, readonly RevisionStatus[]>> = {
  draft: ['in-review', 'superseded'],
  'in-review': ['draft', 'approved', 'superseded'],
  approved: ['in-review', 'adopted', 'superseded'],
  adopted: ['superseded'],
  superseded: [],
};

type RevisionLike = Pick<PolicyRevision, 'id' | 'version' | 'status' | 'date'>;

const label = (status: RevisionStatus) => RevisionStatus.labelOf(status).toLowerCase();

export function canMove(from: RevisionStatus, to: RevisionStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** Why a revision may not move to `to`, in words for the person; null when it may. */
export function transitionRefusal(
  revision: Pick<PolicyRevision, 'version' | 'status'>,
  to: RevisionStatus,
): string | null {
  const { status: from } = revision;
  const name = `Version ${revision.version}`;
  if (from === to) return `${name} is already ${label(to)}.`;
  if (canMove(from, to)) return null;
  if (from === 'superseded') {
    if (to === 'approved' || to === 'adopted') {
      return `${name} was superseded, so it cannot be ${to === 'approved' ? 'approved' : 'adopted'}. To return to its wording, add a new revision with the same text and take that one through review.`;
    }
    return `${name} was superseded and is kept as history; its status no longer changes. Add a new revision instead.`;
  }
  if (from === 'adopted') {
    return `${name} is adopted and in force. To change it, add a new revision; adopting that one will supersede this.`;
  }
  if (to === 'approved') return `${name} is still a draft. Send it for review before the committee approves it.`;
  if (to === 'adopted') {
    return `Only a revision the committee has approved can be adopted. ${name} is ${label(from)}.`;
  }
  if (from === 'approved' && to === 'draft') {
    return `${name} was approved by the committee. To rework it, send it back to review first.`;
  }
  const allowed = ALLOWED_TRANSITIONS[from].map((s) => `“${RevisionStatus.labelOf(s)}”`).join(' or ');
  return `${name} cannot go from “${RevisionStatus.labelOf(from)}” to “${RevisionStatus.labelOf(to)}”. From here it can become ${allowed}.`;
}

export interface StatusChangePlan {
  revisionId: string;
  from: RevisionStatus;
  to: RevisionStatus;
}

export type PlanResult = { ok: true; changes: StatusChangePlan[] } | { ok: false; message: string };

/**
 * Everything that changes when `revisionId` moves to `to`: the revision itself and, on adoption,
 * the revision that was in force until now (one policy has one adopted revision at a time).
 * Adopting an older revision while a newer one is in force is refused: it is nearly always a
 * history entry typed in the wrong order, and silently retiring the newer text would be worse.
 */
export function planStatusChange(
  revisions: readonly RevisionLike[],
  revisionId: string,
  to: RevisionStatus,
): PlanResult {
  const target = revisions.find((r) => r.id === revisionId);
  if (!target) return { ok: false, message: 'That revision no longer exists. It may have been deleted.' };
  const refusal = transitionRefusal(target, to);
  if (refusal) return { ok: false, message: refusal };
  return adoptionPlan(revisions, target, to);
}

/**
 * For a revision being added with a status already reached (recording history): any status may
 * be chosen, but adoption follows the same rule as a move.
 */
export function planInitialStatus(revisions: readonly RevisionLike[], added: RevisionLike): PlanResult {
  return adoptionPlan(revisions, added, added.status);
}

function adoptionPlan(revisions: readonly RevisionLike[], target: RevisionLike, to: RevisionStatus): PlanResult {
  const changes: StatusChangePlan[] = [{ revisionId: target.id, from: target.status, to }];
  if (to !== 'adopted') return { ok: true, changes };
  const inForce = revisions.filter((r) => r.id !== target.id && r.status === 'adopted');
  const newer = inForce.find((r) => r.date > target.date);
  if (newer) {
    return {
      ok: false,
      message: `Version ${newer.version}, dated ${newer.date}, is newer and already in force, so version ${target.version} (dated ${target.date}) cannot be adopted over it. If version ${target.version} is an older version kept for the record, mark it superseded.`,
    };
  }
  for (const previous of inForce) changes.push({ revisionId: previous.id, from: 'adopted', to: 'superseded' });
  return { ok: true, changes };
}

/** The wording of a revision is the record of what was decided once the committee approves it. */
export function textEditRefusal(revision: Pick<PolicyRevision, 'version' | 'status'>): string | null {
  if (revision.status === 'draft' || revision.status === 'in-review') return null;
  return `Version ${revision.version} is ${label(revision.status)}, so its text is the record of what was decided and cannot be changed. Add a new revision to change the wording.`;
}

/** Partners sign what the committee has approved (or what is already in force), not drafts. */
export function signatureRefusal(revision: Pick<PolicyRevision, 'version' | 'status'>): string | null {
  if (revision.status === 'approved' || revision.status === 'adopted') return null;
  if (revision.status === 'superseded') {
    return `Version ${revision.version} was superseded; signatures are recorded on the revision in force or awaiting adoption.`;
  }
  return `Partner agencies sign a revision after the committee approves it. Version ${revision.version} is ${label(revision.status)}.`;
}

/** A superseded revision is history; reviewing it would make it look current. */
export function reviewRefusal(revision: Pick<PolicyRevision, 'version' | 'status'>): string | null {
  if (revision.status !== 'superseded') return null;
  return `Version ${revision.version} was superseded, so it is no longer reviewed. Record the review on the current revision.`;
}

/** Only work in progress may be deleted; what was approved or adopted is the coalition's record. */
export function deletionRefusal(revision: Pick<PolicyRevision, 'version' | 'status'>): string | null {
  if (revision.status === 'draft' || revision.status === 'in-review') return null;
  return `Version ${revision.version} is ${label(revision.status)} and is part of the policy's record, so it cannot be deleted.`;
}

/** The statuses a revision may move to next, for the screen's menu. */
export function nextStatuses(status: RevisionStatus): readonly RevisionStatus[] {
  return ALLOWED_TRANSITIONS[status];
}
