import type { RecognitionEvent } from './model';
import { isActive } from './nominees';
import { hasConflict } from './conflicts';

/**
 * Each committee member's progress through the active nominations, for the coordinator: how many
 * they have scored, how many they stepped away from (a declared conflict), and how many are left.
 * A nomination of the reviewer themselves is neither theirs to score nor left.
 */
export interface ReviewerProgress {
  reviewerId: string;
  scored: number;
  conflicts: number;
  left: number;
}

export function reviewerProgress(event: Pick<RecognitionEvent, 'committeeIds' | 'nominations'>): ReviewerProgress[] {
  return event.committeeIds.map((reviewerId) => {
    const progress = { reviewerId, scored: 0, conflicts: 0, left: 0 };
    for (const nomination of event.nominations) {
      if (!isActive(nomination) || nomination.nomineeId === reviewerId) continue;
      if (hasConflict(nomination, reviewerId)) progress.conflicts += 1;
      else if (nomination.reviews.some((r) => r.reviewerId === reviewerId)) progress.scored += 1;
      else progress.left += 1;
    }
    return progress;
  });
}
