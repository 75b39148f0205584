import type { Nomination, RecognitionEvent } from './model';
import type { WorkspaceDocument } from '../workspace/document';
import { isActive, nomineeOf } from './nominees';
import { countedReviews, hasConflict } from './conflicts';

type People = Pick<WorkspaceDocument, 'stakeholders' | 'organizations'>;

export interface RankedNomination {
  nomination: Nomination;
  nomineeName: string;
  /** Mean of the scores given, to two decimals; null while nobody has scored it. */
  average: number | null;
  scoreCount: number;
  /** 1 for the best average; equal averages share a rank (1, 1, 3). Null while unscored. */
  rank: number | null;
  /** Committee members who have not scored it yet, by id, in committee order. */
  notScoredBy: string[];
}

export interface CategoryRanking {
  categoryId: string;
  categoryName: string;
  rows: RankedNomination[];
}

/**
 * A reviewer may not score a nomination of themselves, nor one they declared a conflict on;
 * they are not counted as missing for it.
 */
export function eligibleReviewers(
  event: Pick<RecognitionEvent, 'committeeIds'>,
  nomination: Pick<Nomination, 'nomineeId' | 'conflicts'>,
): string[] {
  return event.committeeIds.filter((id) => id !== nomination.nomineeId && !hasConflict(nomination, id));
}

/** The mean of the counted scores (a conflicted reviewer's score never counts). */
export function averageScore(nomination: Pick<Nomination, 'reviews' | 'conflicts'>): number | null {
  const reviews = countedReviews(nomination);
  if (reviews.length === 0) return null;
  const sum = reviews.reduce((total, review) => total + review.score, 0);
  return Math.round((sum / reviews.length) * 100) / 100;
}

/**
 * The committee's view of each category: nominations by average score, best first. Withdrawn
 * nominations are left out. Ties on the average are broken by how many scored (a 4.5 from six
 * reviewers says more than a 4.5 from two), then by name so the order is stable; unscored
 * nominations come last.
 */
export function rankNominations(event: RecognitionEvent, people: People): CategoryRanking[] {
  return event.categories.map((category) => {
    const rows = event.nominations
      .filter((n) => n.categoryId === category.id && isActive(n))
      .map((nomination): RankedNomination => {
        const scored = new Set(nomination.reviews.map((r) => r.reviewerId));
        return {
          nomination,
          nomineeName: nomineeOf(nomination, people).name,
          average: averageScore(nomination),
          scoreCount: countedReviews(nomination).length,
          rank: null,
          notScoredBy: eligibleReviewers(event, nomination).filter((id) => !scored.has(id)),
        };
      })
      .sort(
        (a, b) =>
          (b.average ?? -1) - (a.average ?? -1) ||
          b.scoreCount - a.scoreCount ||
          a.nomineeName.localeCompare(b.nomineeName, 'en-US'),
      );
    rows.forEach((row, index) => {
      if (row.average === null) return;
      const previous = rows[index - 1];
      row.rank = previous && previous.average === row.average ? previous.rank : index + 1;
    });
    return { categoryId: category.id, categoryName: category.name, rows };
  });
}

/** For each committee member, how many active nominations they still have to score. */
export function scoresOutstanding(event: RecognitionEvent): Map<string, number> {
  const outstanding = new Map(event.committeeIds.map((id) => [id, 0]));
  for (const nomination of event.nominations) {
    if (!isActive(nomination)) continue;
    const scored = new Set(nomination.reviews.map((r) => r.reviewerId));
    for (const id of eligibleReviewers(event, nomination)) {
      if (!scored.has(id)) outstanding.set(id, (outstanding.get(id) ?? 0) + 1);
    }
  }
  return outstanding;
}
