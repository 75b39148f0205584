import type { MethodInput } from '../../src/api/contract';
import { describe, expect, it } from 'vitest';
import { categoryId, eventOf, run, withEvent, words } from '../support/fixtures/recognition-fixture';
import { refusal } from '../support/refusal';
import { CommandError, InputError } from '../../src/errors';

const OFFICER = 'CIT Officer of the Year';
const INTERVENTION = 'Intervention of the Year';

type NominationFields = Omit<MethodInput<'addNomination'>, 'eventId' | 'nominatedByName'> & { nominatedByName?: string };

function nominate(doc: ReturnType<typeof withEvent>['doc'], eventId: string, fields: Omit<NominationFields, 'story'> & { story?: string }) {
  return run(doc, 'addNomination', { eventId, nominatedByName: 'A colleague', story: 'She listened.', ...fields });
}

describe('nominations: one category per nominee per event', () => {
  it('starts a new event with the standard awards, each with a 500-word limit', () => {
    const { doc, eventId } = withEvent();
    const names = eventOf(doc, eventId).categories.map((c) => c.name);
    expect(names).toEqual([
      'CIT Officer of the Year',
      'Dispatcher / 911 of the Year',
      'Mental Health Professional of the Year',
      'Advocate of the Year',
      'Lived Experience Award',
      'Coordinator of the Year',
      'Intervention of the Year',
    ]);
    expect(eventOf(doc, eventId).categories.every((c) => c.wordLimit === 500 && c.criteria.length > 20)).toBe(true);
    const bare = withEvent({ standardCategories: false });
    expect(eventOf(bare.doc, bare.eventId).categories).toEqual([]);
  });

  it('refuses a stakeholder nominated in a second category, naming both awards, and changes nothing', () => {
    const { doc, eventId } = withEvent();
    const first = nominate(doc, eventId, { categoryId: categoryId(doc, eventId, OFFICER), nomineeId: 'p-officer' }).doc;
    const attempt = () =>
      nominate(first, eventId, { categoryId: categoryId(first, eventId, INTERVENTION), nomineeId: 'p-officer' });
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(
      'Dana Whitfield is already nominated for CIT Officer of the Year. A person can be nominated in one category per event: withdraw that nomination first to nominate them for Intervention of the Year.',
    );
    expect(refusal(attempt).fields).toHaveProperty('nomineeId');
    expect(eventOf(first, eventId).nominations).toHaveLength(1);
  });

  it('refuses a second nomination of the same person in the same award, pointing to the first', () => {
    const { doc, eventId } = withEvent();
    const officer = categoryId(doc, eventId, OFFICER);
    const first = nominate(doc, eventId, { categoryId: officer, nomineeId: 'p-officer' }).doc;
    expect(() => nominate(first, eventId, { categoryId: officer, nomineeId: 'p-officer' })).toThrow(
      /already nominated for CIT Officer of the Year at this event/,
    );
  });

  it('treats a typed name as the same person as a stakeholder of that name, whatever the case and spacing', () => {
    const { doc, eventId } = withEvent();
    const first = nominate(doc, eventId, { categoryId: categoryId(doc, eventId, OFFICER), nomineeId: 'p-officer' }).doc;
    expect(() =>
      nominate(first, eventId, {
        categoryId: categoryId(first, eventId, INTERVENTION),
        nomineeName: '  dana   WHITFIELD ',
        nomineeAgency: '',
      }),
    ).toThrow(/already nominated/);
    // Same name at a different agency: a different person.
    expect(() =>
      nominate(first, eventId, {
        categoryId: categoryId(first, eventId, INTERVENTION),
        nomineeName: 'Dana Whitfield',
        nomineeAgency: 'County Sheriff',
      }),
    ).not.toThrow();
  });

  it('lets a withdrawn nomination free the nominee for another award, and refuses to bring it back while the new one stands', () => {
    const { doc, eventId } = withEvent();
    const added = nominate(doc, eventId, {
      categoryId: categoryId(doc, eventId, OFFICER),
      nomineeName: 'Jo Park',
      nomineeAgency: 'Metro 911',
    });
    const firstId = added.result as string;
    const withdrawn = run(added.doc, 'setNominationStatus', { eventId, ids: [firstId], status: 'withdrawn' }).doc;
    const second = nominate(withdrawn, eventId, {
      categoryId: categoryId(withdrawn, eventId, 'Dispatcher / 911 of the Year'),
      nomineeName: 'Jo Park',
      nomineeAgency: 'Metro 911',
    }).doc;
    expect(eventOf(second, eventId).nominations).toHaveLength(2);
    expect(() => run(second, 'setNominationStatus', { eventId, ids: [firstId], status: 'received' })).toThrow(
      CommandError,
    );
    // Correcting the withdrawn one is still allowed.
    expect(() =>
      run(second, 'updateNomination', { eventId, id: firstId, changes: { story: 'Corrected.' } }),
    ).not.toThrow();
  });

  it('refuses moving a nomination into a category its nominee already holds elsewhere', () => {
    const { doc, eventId } = withEvent();
    const a = nominate(doc, eventId, { categoryId: categoryId(doc, eventId, OFFICER), nomineeId: 'p-officer' });
    const b = nominate(a.doc, eventId, {
      categoryId: categoryId(a.doc, eventId, INTERVENTION),
      nomineeId: 'p-clinician',
    });
    expect(() =>
      run(b.doc, 'updateNomination', { eventId, id: b.result, changes: { nomineeId: 'p-officer' } }),
    ).toThrow(/one category per event/);
  });

  it('changes only the fields an edit names', () => {
    const { doc, eventId } = withEvent();
    const added = nominate(doc, eventId, {
      categoryId: categoryId(doc, eventId, OFFICER),
      nomineeId: 'p-officer',
      interventionAgency: 'Riverside PD',
      story: 'Stayed two hours.',
    });
    const edited = run(added.doc, 'updateNomination', {
      eventId,
      id: added.result,
      changes: { citation: 'For patience.' },
    }).doc;
    expect(eventOf(edited, eventId).nominations[0]).toMatchObject({
      nomineeId: 'p-officer',
      interventionAgency: 'Riverside PD',
      story: 'Stayed two hours.',
      citation: 'For patience.',
    });
    const renamed = run(edited, 'updateRecognitionEvent', { id: eventId, changes: { venue: 'City Hall' } }).doc;
    expect(eventOf(renamed, eventId)).toMatchObject({
      venue: 'City Hall',
      startTime: '18:30',
      host: 'Priya Natarajan',
    });
  });

  it('asks for a nominee when neither a stakeholder nor a name is given', () => {
    const { doc, eventId } = withEvent();
    expect(() => nominate(doc, eventId, { categoryId: categoryId(doc, eventId, OFFICER) })).toThrow(
      'Choose the nominee from your stakeholders, or type their name.',
    );
  });
});

describe('nominations: the word limit of each award', () => {
  it('accepts a story of exactly the limit and refuses one word more, saying by how much', () => {
    const { doc, eventId } = withEvent();
    const officer = categoryId(doc, eventId, OFFICER);
    expect(() =>
      nominate(doc, eventId, { categoryId: officer, nomineeId: 'p-officer', story: words(500) }),
    ).not.toThrow();
    const attempt = () => nominate(doc, eventId, { categoryId: officer, nomineeId: 'p-officer', story: words(501) });
    expect(attempt).toThrow(
      'The story is 501 words, 1 over the limit of 500 words set for CIT Officer of the Year. Shorten it by 1 word.',
    );
  });

  it('uses each award’s own limit, including when a nomination moves to another award', () => {
    const { doc, eventId } = withEvent();
    const short = run(doc, 'addAwardCategory', {
      eventId,
      name: 'Rookie of the Year',
      criteria: 'First-year officer.',
      wordLimit: 100,
    });
    const officer = categoryId(short.doc, eventId, OFFICER);
    const added = nominate(short.doc, eventId, { categoryId: officer, nomineeId: 'p-officer', story: words(150) });
    expect(() =>
      run(added.doc, 'updateNomination', { eventId, id: added.result, changes: { categoryId: short.result } }),
    ).toThrow(/150 words, 50 over the limit of 100 words set for Rookie of the Year/);
    expect(() =>
      run(added.doc, 'updateNomination', { eventId, id: added.result, changes: { story: words(502) } }),
    ).toThrow(/Shorten it by 2 words/);
  });

  it('refuses word limits outside 25 to 5,000 and stories with a 50,000-character paste', () => {
    const { doc, eventId } = withEvent();
    expect(() => run(doc, 'addAwardCategory', { eventId, name: 'X award', wordLimit: 10 })).toThrow(
      /at least 25 words/,
    );
    expect(() =>
      nominate(doc, eventId, {
        categoryId: categoryId(doc, eventId, OFFICER),
        nomineeId: 'p-officer',
        story: 'a'.repeat(50_000),
      }),
    ).toThrow(/too long/);
  });

  it('refuses a control character in a nominee name and an unknown event or award', () => {
    const { doc, eventId } = withEvent();
    const officer = categoryId(doc, eventId, OFFICER);
    expect(() => nominate(doc, eventId, { categoryId: officer, nomineeName: 'Dana\u0007 W' })).toThrow(
      /control character/,
    );
    expect(() => nominate(doc, 'no-such-event', { categoryId: officer, nomineeName: 'Dana' })).toThrow(
      'That recognition event no longer exists. It may have been deleted.',
    );
    expect(() => nominate(doc, eventId, { categoryId: 'no-such-award', nomineeName: 'Dana' })).toThrow(
      'That award no longer exists. It may have been deleted.',
    );
  });
});

describe('award categories', () => {
  it('refuses removing an award that holds nominations, and keeps its run-of-show slot by name when removed', () => {
    const { doc, eventId } = withEvent();
    const officer = categoryId(doc, eventId, OFFICER);
    const withNomination = nominate(doc, eventId, { categoryId: officer, nomineeId: 'p-officer' }).doc;
    expect(() => run(withNomination, 'removeAwardCategory', { eventId, id: officer })).toThrow(/has 1 nomination/);

    const coordinator = categoryId(doc, eventId, 'Coordinator of the Year');
    const slotted = run(doc, 'addSegment', { eventId, kind: 'award', categoryId: coordinator, durationMinutes: 5 }).doc;
    const removed = run(slotted, 'removeAwardCategory', { eventId, id: coordinator }).doc;
    expect(eventOf(removed, eventId).runOfShow[0]).toMatchObject({
      categoryId: null,
      title: 'Coordinator of the Year',
    });
  });

  it('refuses two awards with the same name', () => {
    const { doc, eventId } = withEvent();
    expect(() => run(doc, 'addAwardCategory', { eventId, name: 'advocate of the year' })).toThrow(
      'This event already has an award called "advocate of the year".',
    );
  });
});
