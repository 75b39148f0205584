import type { Nomination, Review } from './model';

/**
 * Conflicts of interest in judging. A reviewer who declares one on a nomination is left out of
 * its score entirely: a score they gave before declaring is kept in the file (withdrawing the
 * declaration brings it back) but never counted, and they are not waiting to score it.
 */
type WithConflicts = Pick<Nomination, 'conflicts'>;

export function hasConflict(nomination: WithConflicts, reviewerId: string): boolean {
  return nomination.conflicts.some((c) => c.reviewerId === reviewerId);
}

/** The reviews that count towards the nomination's score. */
export function countedReviews(nomination: Pick<Nomination, 'reviews' | 'conflicts'>): Review[] {
  if (nomination.conflicts.length === 0) return nomination.reviews;
  const conflicted = new Set(nomination.conflicts.map((c) => c.reviewerId));
  return nomination.reviews.filter((r) => !conflicted.has(r.reviewerId));
}
