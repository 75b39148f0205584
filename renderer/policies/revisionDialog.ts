import type { Policy, PolicyRevision } from '../../src/policies/model';

/**
 * What every dialog about one revision is given (review, signature, status change): it shows
 * while `revision` is set, and closes by clearing it.
 */
export interface RevisionDialogProps {
  policy: Policy;
  revision: PolicyRevision | null;
  onClose: () => void;
}
