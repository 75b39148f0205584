import type { Nomination, RecognitionEvent } from './model';

/**
 * Blind review: reviewers judge the story, not the name. With the event's setting on, what a
 * reviewer sees (the scoring screen, the reviewer's print) calls each nomination by its number
 * in the order it was received, "Nomination 3", and leaves out who nominated it. The number is
 * the nomination's place among all the event's nominations, so it never changes when another
 * is withdrawn. The story itself is shown as written: a reviewer is asked to score it as told.
 */
export function nominationNumber(event: Pick<RecognitionEvent, 'nominations'>, nominationId: string): number {
  return event.nominations.findIndex((n) => n.id === nominationId) + 1;
}

export function blindLabel(event: Pick<RecognitionEvent, 'nominations'>, nomination: Pick<Nomination, 'id'>): string {
  return `Nomination ${nominationNumber(event, nomination.id)}`;
}

/** The name a reviewer is shown: the nominee's, or the nomination's number under blind review. */
export function reviewerFacingName(
  event: Pick<RecognitionEvent, 'nominations' | 'blindReview'>,
  nomination: Pick<Nomination, 'id'>,
  nomineeName: string,
): string {
  return event.blindReview ? blindLabel(event, nomination) : nomineeName;
}
