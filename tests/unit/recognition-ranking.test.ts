import { describe, expect, it } from 'vitest';
import { rankNominations, scoresOutstanding } from '../../src/recognition/ranking';
import { categoryId, eventOf, run, withEvent } from '../support/fixtures/recognition-fixture';

const OFFICER = 'CIT Officer of the Year';

/** An event with a three-person committee and three officer nominations (plus one elsewhere). */
const NOMINEES = ['Ana Cruz', 'Ben Hale', 'Cy Young', 'Dee Long'] as const;
type Nominee = (typeof NOMINEES)[number];

function scoredEvent() {
  const start = withEvent();
  let doc = start.doc;
  const eventId = start.eventId;
  const officer = categoryId(doc, eventId, OFFICER);
  const ids = {} as Record<Nominee, string>;
  for (const name of NOMINEES) {
    const added = run(doc, 'addNomination', {
      eventId,
      categoryId: officer,
      nomineeName: name,
      nomineeAgency: 'Metro PD',
      story: 'Story.',
    });
    doc = added.doc;
    ids[name] = added.result;
  }
  doc = run(doc, 'setSelectionCommittee', { eventId, reviewerIds: ['p-rev1', 'p-rev2', 'p-rev3'] }).doc;
  const score = (name: Nominee, reviewerId: string, value: number) => {
    doc = run(doc, 'scoreNomination', { eventId, nominationId: ids[name], reviewerId, score: value, comment: '' }).doc;
  };
  // Ana: 5, 4, 3 → 4.00 (all three). Ben: 5, 3 → 4.00 (two). Cy: 5 → 5.00 (one). Dee: none.
  score('Ana Cruz', 'p-rev1', 5);
  score('Ana Cruz', 'p-rev2', 4);
  score('Ana Cruz', 'p-rev3', 3);
  score('Ben Hale', 'p-rev1', 5);
  score('Ben Hale', 'p-rev2', 3);
  score('Cy Young', 'p-rev2', 5);
  return { doc, eventId, ids, officer };
}

describe('committee review: ranking by average score', () => {
  it('ranks each category by average, equal averages sharing a rank, more scores first, unscored last', () => {
    const { doc, eventId, officer } = scoredEvent();
    const ranking = rankNominations(eventOf(doc, eventId), doc).find((c) => c.categoryId === officer);
    expect(ranking?.rows.map((r) => [r.nomineeName, r.average, r.scoreCount, r.rank])).toEqual([
      ['Cy Young', 5, 1, 1],
      ['Ana Cruz', 4, 3, 2],
      ['Ben Hale', 4, 2, 2],
      ['Dee Long', null, 0, null],
    ]);
  });

  it('shows who has not scored each nomination yet, and how many each reviewer has left', () => {
    const { doc, eventId, officer } = scoredEvent();
    const rows = rankNominations(eventOf(doc, eventId), doc).find((c) => c.categoryId === officer)?.rows ?? [];
    const missing = Object.fromEntries(rows.map((r) => [r.nomineeName, r.notScoredBy]));
    expect(missing).toEqual({
      'Ana Cruz': [],
      'Ben Hale': ['p-rev3'],
      'Cy Young': ['p-rev1', 'p-rev3'],
      'Dee Long': ['p-rev1', 'p-rev2', 'p-rev3'],
    });
    expect(Object.fromEntries(scoresOutstanding(eventOf(doc, eventId)))).toEqual({
      'p-rev1': 2,
      'p-rev2': 1,
      'p-rev3': 3,
    });
  });

  it('replaces a reviewer’s earlier score rather than counting it twice, and averages to two decimals', () => {
    const { doc, eventId, ids, officer } = scoredEvent();
    const rescored = run(doc, 'scoreNomination', {
      eventId,
      nominationId: ids['Ana Cruz'],
      reviewerId: 'p-rev3',
      score: 5,
      comment: 'Changed my mind.',
    }).doc;
    const ana = rankNominations(eventOf(rescored, eventId), rescored)
      .find((c) => c.categoryId === officer)
      ?.rows.find((r) => r.nomineeName === 'Ana Cruz');
    expect(ana).toMatchObject({ average: 4.67, scoreCount: 3, rank: 2 });
  });

  it('leaves withdrawn nominations out of the ranking and the reviewers’ counts', () => {
    const { doc, eventId, ids, officer } = scoredEvent();
    const withdrawn = run(doc, 'setNominationStatus', { eventId, ids: [ids['Dee Long']], status: 'withdrawn' }).doc;
    const rows =
      rankNominations(eventOf(withdrawn, eventId), withdrawn).find((c) => c.categoryId === officer)?.rows ?? [];
    expect(rows.map((r) => r.nomineeName)).not.toContain('Dee Long');
    expect(scoresOutstanding(eventOf(withdrawn, eventId)).get('p-rev3')).toBe(2);
  });

  it('refuses a score from someone off the committee, a score outside 1–5, and a reviewer scoring their own nomination', () => {
    const { doc, eventId, ids } = scoredEvent();
    const nominationId = ids['Dee Long'];
    expect(() =>
      run(doc, 'scoreNomination', { eventId, nominationId, reviewerId: 'p-chair', score: 4, comment: '' }),
    ).toThrow('Judge Helen Park is not on this event’s selection committee. Add them to the committee first.');
    expect(() =>
      run(doc, 'scoreNomination', { eventId, nominationId, reviewerId: 'p-rev1', score: 6, comment: '' }),
    ).toThrow('Choose a score from 1 to 5.');
    expect(() =>
      run(doc, 'scoreNomination', { eventId, nominationId, reviewerId: 'p-rev1', score: 2.5, comment: '' }),
    ).toThrow('Choose a score from 1 to 5.');

    const officer = categoryId(doc, eventId, 'Advocate of the Year');
    const self = run(doc, 'addNomination', { eventId, categoryId: officer, nomineeId: 'p-rev1', story: 'x' });
    expect(() =>
      run(self.doc, 'scoreNomination', {
        eventId,
        nominationId: self.result,
        reviewerId: 'p-rev1',
        score: 5,
        comment: '',
      }),
    ).toThrow('Alex Kim cannot score their own nomination.');
    // And they are not listed as missing for it.
    const row = rankNominations(eventOf(self.doc, eventId), self.doc).find((c) => c.categoryId === officer)?.rows[0];
    expect(row?.notScoredBy).toEqual(['p-rev2', 'p-rev3']);
  });

  it('moves a received nomination to "under review" at its first score, and selection marks honorees', () => {
    const { doc, eventId, ids } = scoredEvent();
    const event = eventOf(doc, eventId);
    expect(event.nominations.find((n) => n.id === ids['Ana Cruz'])?.status).toBe('under-review');
    expect(event.nominations.find((n) => n.id === ids['Dee Long'])?.status).toBe('received');
    const selected = run(doc, 'setNominationStatus', { eventId, ids: [ids['Cy Young']], status: 'selected' }).doc;
    expect(
      eventOf(selected, eventId)
        .nominations.filter((n) => n.status === 'selected')
        .map((n) => n.nomineeName),
    ).toEqual(['Cy Young']);
  });
});
