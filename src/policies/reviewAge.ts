import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Policy } from './model';
import { revisionsByDate } from './currentRevision';

/**
 * How long each policy has gone without anyone looking at it. A review counts, and so does the
 * committee approving a revision (approval is a review by the whole committee). A policy never
 * reviewed counts from its first revision, or from the day it was entered.
 */
export interface ReviewAge {
  policy: Policy;
  lastReviewedOn: string | null;
  /** The day the count starts from: the last review, else the first revision, else the day it was entered. */
  since: string;
  days: number;
}

export function lastReviewedOn(policy: Pick<Policy, 'revisions'>): string | null {
  let last: string | null = null;
  for (const revision of policy.revisions) {
    for (const review of revision.reviews) if (!last || review.on > last) last = review.on;
    for (const change of revision.statusHistory) {
      if (change.status === 'approved' && (!last || change.on > last)) last = change.on;
    }
  }
  return last;
}

export function reviewAge(policy: Policy, today: string): ReviewAge {
  const last = lastReviewedOn(policy);
  const since = last ?? revisionsByDate(policy)[0]?.date ?? policy.createdAt.slice(0, 10);
  return {
    policy,
    lastReviewedOn: last,
    since,
    days: Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(since))),
  };
}

/** Every policy, the one unreviewed longest first; never-reviewed policies before reviewed ones of the same age. */
export function unreviewedLongest(policies: readonly Policy[], today: string): ReviewAge[] {
  return policies
    .map((policy) => reviewAge(policy, today))
    .sort(
      (a, b) =>
        b.days - a.days ||
        Number(a.lastReviewedOn !== null) - Number(b.lastReviewedOn !== null) ||
        a.policy.title.localeCompare(b.policy.title),
    );
}
