import type { PolicyRevision, RevisionStatus } from '../../src/policies/model';
import { nextStatuses } from '../../src/policies/revisionStatus';

/**
 * The words on the buttons that move a revision, by where it goes (and, for review, where it
 * comes from). Which moves exist is decided in src/policies/revisionStatus.ts.
 */
export function statusActionLabel(from: RevisionStatus, to: RevisionStatus): string {
  switch (to) {
    case 'in-review':
      return from === 'approved' ? 'Reopen review' : 'Send for review';
    case 'draft':
      return 'Send back to draft';
    case 'approved':
      return 'Record committee approval';
    case 'adopted':
      return 'Record adoption by the agency';
    case 'superseded':
      return 'Mark superseded';
  }
}

export function statusActions(revision: Pick<PolicyRevision, 'status'>): { to: RevisionStatus; label: string }[] {
  return nextStatuses(revision.status).map((to) => ({ to, label: statusActionLabel(revision.status, to) }));
}
