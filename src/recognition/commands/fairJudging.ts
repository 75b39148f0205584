import { z } from 'zod';
import { Id } from '../../model/ids';
import { LIMITS, longText } from '../../model/text';
import { defineCommand, findOrFail } from '../../commands/define';
import { CommandError, NotFoundError } from '../../errors';
import { findEvent } from './shared';

// ── Fair judging: conflicts of interest and blind review ────────────────────────────────────

export const declareConflict = defineCommand({
  name: 'declareConflict',
  label: 'declare conflict of interest',
  input: z.strictObject({
    eventId: Id,
    nominationId: Id,
    reviewerId: Id,
    reason: longText('Reason', LIMITS.shortText),
  }),
  describe: (input, doc) => {
    const reviewer = doc.stakeholders.find((s) => s.id === input.reviewerId)?.name ?? 'reviewer';
    return `declare a conflict of interest for ${reviewer}`;
  },
  apply(draft, { eventId, nominationId, reviewerId, reason }, context) {
    const event = findEvent(draft, eventId);
    const nomination = findOrFail(event.nominations, nominationId, 'nomination');
    const reviewer = findOrFail(draft.stakeholders, reviewerId, 'reviewer');
    if (!event.committeeIds.includes(reviewerId))
      throw new CommandError(`${reviewer.name} is not on this event’s selection committee.`);
    const existing = nomination.conflicts.find((c) => c.reviewerId === reviewerId);
    // Declaring again only updates the reason; the score (if any) stays in the file, uncounted.
    if (existing) existing.reason = reason;
    else nomination.conflicts.push({ reviewerId, reason, declaredAt: context.now.toISOString() });
  },
});

export const withdrawConflict = defineCommand({
  name: 'withdrawConflict',
  label: 'withdraw conflict of interest',
  input: z.strictObject({ eventId: Id, nominationId: Id, reviewerId: Id }),
  apply(draft, { eventId, nominationId, reviewerId }) {
    const nomination = findOrFail(findEvent(draft, eventId).nominations, nominationId, 'nomination');
    const before = nomination.conflicts.length;
    nomination.conflicts = nomination.conflicts.filter((c) => c.reviewerId !== reviewerId);
    if (nomination.conflicts.length === before) throw new NotFoundError('That conflict of interest is no longer declared.');
  },
});

export const setBlindReview = defineCommand({
  name: 'setBlindReview',
  label: 'change blind review',
  input: z.strictObject({ eventId: Id, blindReview: z.boolean() }),
  describe: (input) => (input.blindReview ? 'turn on blind review' : 'turn off blind review'),
  apply(draft, { eventId, blindReview }) {
    findEvent(draft, eventId).blindReview = blindReview;
  },
});
