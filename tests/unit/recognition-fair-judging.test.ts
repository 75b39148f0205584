import { describe, expect, it } from 'vitest';
import { rankNominations, scoresOutstanding } from '../../src/recognition/ranking';
import { reviewerProgress } from '../../src/recognition/reviewerProgress';
import { blindLabel, reviewerFacingName } from '../../src/recognition/blindReview';
import { categoryId, eventOf, run, withEvent } from '../support/fixtures/recognition-fixture';
import { refusal } from '../support/refusal';

/** Two officer nominations scored by a three-person committee, built with the real commands. */
function judged() {
  const start = withEvent();
  let doc = start.doc;
  const eventId = start.eventId;
  const officer = categoryId(doc, eventId, 'CIT Officer of the Year');
  const add = (name: string) => {
    const added = run(doc, 'addNomination', { eventId, categoryId: officer, nomineeName: name, nomineeAgency: 'Metro PD', story: 'Story.' });
    doc = added.doc;
    return added.result;
  };
  const ana = add('Ana Cruz');
  const ben = add('Ben Hale');
  doc = run(doc, 'setSelectionCommittee', { eventId, reviewerIds: ['p-rev1', 'p-rev2', 'p-rev3'] }).doc;
  const score = (nominationId: string, reviewerId: string, value: number) => {
    doc = run(doc, 'scoreNomination', { eventId, nominationId, reviewerId, score: value, comment: '' }).doc;
  };
  score(ana, 'p-rev1', 5);
  score(ana, 'p-rev2', 1);
  score(ana, 'p-rev3', 3);
  score(ben, 'p-rev1', 4);
  return { doc: () => doc, set: (d: typeof doc) => (doc = d), eventId, ana, ben, officer };
}

const rowOf = (doc: Parameters<typeof eventOf>[0], eventId: string, officer: string, name: string) =>
  rankNominations(eventOf(doc, eventId), doc)
    .find((c) => c.categoryId === officer)!
    .rows.find((r) => r.nomineeName === name)!;

describe('fair judging: conflicts of interest', () => {
  it('leaves a conflicted reviewer’s score out of the average and the count, and brings it back when withdrawn', () => {
    const j = judged();
    expect(rowOf(j.doc(), j.eventId, j.officer, 'Ana Cruz')).toMatchObject({ average: 3, scoreCount: 3 });
    const declared = run(j.doc(), 'declareConflict', { eventId: j.eventId, nominationId: j.ana, reviewerId: 'p-rev2', reason: 'Same unit.' }).doc;
    // 5 and 3 count; the 1 from the conflicted reviewer does not.
    expect(rowOf(declared, j.eventId, j.officer, 'Ana Cruz')).toMatchObject({ average: 4, scoreCount: 2, notScoredBy: [] });
    const withdrawn = run(declared, 'withdrawConflict', { eventId: j.eventId, nominationId: j.ana, reviewerId: 'p-rev2' }).doc;
    expect(rowOf(withdrawn, j.eventId, j.officer, 'Ana Cruz')).toMatchObject({ average: 3, scoreCount: 3 });
  });

  it('does not wait for a conflicted reviewer, and refuses their score', () => {
    const j = judged();
    expect(rowOf(j.doc(), j.eventId, j.officer, 'Ben Hale').notScoredBy).toEqual(['p-rev2', 'p-rev3']);
    const declared = run(j.doc(), 'declareConflict', { eventId: j.eventId, nominationId: j.ben, reviewerId: 'p-rev3', reason: '' }).doc;
    expect(rowOf(declared, j.eventId, j.officer, 'Ben Hale').notScoredBy).toEqual(['p-rev2']);
    expect(scoresOutstanding(eventOf(declared, j.eventId)).get('p-rev3')).toBe(0);
    const refused = refusal(() =>
      run(declared, 'scoreNomination', { eventId: j.eventId, nominationId: j.ben, reviewerId: 'p-rev3', score: 5, comment: '' }),
    );
    expect(refused.message).toContain('conflict of interest');
  });

  it('refuses a conflict for someone not on the committee', () => {
    const j = judged();
    const refused = refusal(() => run(j.doc(), 'declareConflict', { eventId: j.eventId, nominationId: j.ana, reviewerId: 'p-coord', reason: '' }));
    expect(refused.message).toContain('not on this event’s selection committee');
  });

  it('gives the coordinator each reviewer’s scored, conflicts declared and left', () => {
    const j = judged();
    const declared = run(j.doc(), 'declareConflict', { eventId: j.eventId, nominationId: j.ben, reviewerId: 'p-rev3', reason: '' }).doc;
    expect(reviewerProgress(eventOf(declared, j.eventId))).toEqual([
      { reviewerId: 'p-rev1', scored: 2, conflicts: 0, left: 0 },
      { reviewerId: 'p-rev2', scored: 1, conflicts: 0, left: 1 },
      { reviewerId: 'p-rev3', scored: 1, conflicts: 1, left: 0 },
    ]);
  });
});

describe('fair judging: blind review', () => {
  it('calls a nomination by its number while blind review is on, by the nominee otherwise', () => {
    const j = judged();
    const event = eventOf(j.doc(), j.eventId);
    const ben = event.nominations.find((n) => n.id === j.ben)!;
    expect(blindLabel(event, ben)).toBe('Nomination 2');
    expect(reviewerFacingName(event, ben, 'Ben Hale')).toBe('Ben Hale');
    const blind = eventOf(run(j.doc(), 'setBlindReview', { eventId: j.eventId, blindReview: true }).doc, j.eventId);
    expect(blind.blindReview).toBe(true);
    expect(reviewerFacingName(blind, ben, 'Ben Hale')).toBe('Nomination 2');
  });
});
