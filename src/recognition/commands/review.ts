import { z } from 'zod';
import { Id } from '../../model/ids';
import { Score } from '../model';
import { LIMITS, longText } from '../../model/text';
import { isActive } from '../nominees';
import { hasConflict } from '../conflicts';
import { defineCommand, findOrFail } from '../../commands/define';
import { nominationOf, within } from '../../commands/references';
import { CommandError, NotFoundError } from '../../errors';
import { MAX_COMMITTEE, findEvent } from './shared';

// ── Committee review ───────────────────────────────────────────────────────────────────────

export const setSelectionCommittee = defineCommand({
  name: 'setSelectionCommittee',
  label: 'change selection committee',
  input: z.strictObject({
    eventId: Id,
    reviewerIds: z.array(Id).max(MAX_COMMITTEE, { error: `A committee can have at most ${MAX_COMMITTEE} members.` }),
  }),
  apply(draft, { eventId, reviewerIds }) {
    const event = findEvent(draft, eventId);
    // Scores already given by someone who leaves the committee are kept: they were given in good faith.
    event.committeeIds = [...new Set(reviewerIds)];
  },
});

export const scoreNomination = defineCommand({
  name: 'scoreNomination',
  label: 'score nomination',
  input: z.strictObject({
    eventId: Id,
    nominationId: Id,
    reviewerId: Id,
    score: Score,
    comment: longText('Comment', LIMITS.shortText),
  }),
  describe: (input, doc) => {
    const reviewer = doc.stakeholders.find((s) => s.id === input.reviewerId)?.name ?? 'reviewer';
    return `score ${input.score} from ${reviewer}`;
  },
  apply(draft, { eventId, nominationId, reviewerId, score, comment }, context) {
    const event = findEvent(draft, eventId);
    const nomination = findOrFail(event.nominations, nominationId, 'nomination');
    const reviewer = findOrFail(draft.stakeholders, reviewerId, 'reviewer');
    if (!event.committeeIds.includes(reviewerId)) {
      throw new CommandError(
        `${reviewer.name} is not on this event’s selection committee. Add them to the committee first.`,
      );
    }
    if (nomination.nomineeId === reviewerId)
      throw new CommandError(`${reviewer.name} cannot score their own nomination.`);
    if (!isActive(nomination)) throw new CommandError('This nomination was withdrawn, so it is not scored.');
    if (hasConflict(nomination, reviewerId))
      throw new CommandError(
        `${reviewer.name} declared a conflict of interest with this nomination, so does not score it. Withdraw the declaration first if it was made in error.`,
      );
    const review = { reviewerId, score, comment, scoredAt: context.now.toISOString() };
    const existing = nomination.reviews.findIndex((r) => r.reviewerId === reviewerId);
    if (existing >= 0) nomination.reviews[existing] = review;
    else nomination.reviews.push(review);
    if (nomination.status === 'received') nomination.status = 'under-review';
  },
});

export const removeScore = defineCommand({
  name: 'removeScore',
  references: {
    reviewerId: within(
      'score',
      nominationOf,
      (n) => n.reviews.map((r) => r.reviewerId),
      'That score no longer exists.',
    ),
  },
  label: 'remove score',
  input: z.strictObject({ eventId: Id, nominationId: Id, reviewerId: Id }),
  apply(draft, { eventId, nominationId, reviewerId }) {
    const nomination = findOrFail(findEvent(draft, eventId).nominations, nominationId, 'nomination');
    const before = nomination.reviews.length;
    nomination.reviews = nomination.reviews.filter((r) => r.reviewerId !== reviewerId);
    if (nomination.reviews.length === before) throw new NotFoundError('That score no longer exists.');
  },
});
