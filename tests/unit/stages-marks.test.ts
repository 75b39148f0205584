import { describe, expect, it } from 'vitest';
import { TestCoalition, TODAY } from '../support/fixtures/stages-fixture';
import { refusal } from '../support/refusal';
import { CommandError, InputError } from '../../src/errors';

/** Ticks by hand, overrides of what the data shows, and clearing them: through the real commands. */

describe('ticking an item by hand', () => {
  it('marks an item that has no evidence in the data, with its date, note and who did it', () => {
    const c = new TestCoalition();
    expect(c.item('learn.history')).toMatchObject({ status: 'not-started', source: 'none', derivable: false });
    c.run('markStageItem', { itemId: 'learn.history', status: 'done', on: '2025-10-02', by: 'Dana Cruz', note: 'Read the Memphis model guide' });
    expect(c.item('learn.history')).toMatchObject({
      status: 'done',
      source: 'hand',
      mark: { itemId: 'learn.history', on: '2025-10-02', by: 'Dana Cruz', note: 'Read the Memphis model guide', markedAt: c.now.toISOString() },
      markLine: 'Marked done by Dana Cruz on 2 Oct 2025: Read the Memphis model guide',
    });
  });

  it('keeps one mark per item: a second mark replaces the first', () => {
    const c = new TestCoalition();
    c.mark('learn.history', 'done');
    c.mark('learn.history', 'not-applicable', 'We learned this at a state conference');
    expect(c.doc.stageMarks).toHaveLength(1);
    expect(c.item('learn.history')).toMatchObject({ status: 'not-applicable', markLine: expect.stringContaining('as not applying to us') });
  });

  it('refuses an unknown item, a future date, a missing name and control characters, changing nothing', () => {
    const c = new TestCoalition();
    const before = c.doc;
    const attempt = (input: Record<string, unknown>) => () =>
      c.run('markStageItem', { itemId: 'learn.history', status: 'done', on: TODAY, by: 'Dana', note: '', ...input } as never);
    expect(attempt({ itemId: 'learn.no-such-item' })).toThrow(/not one the app knows/);
    expect(attempt({ on: '2025-10-21' })).toThrow(/cannot be in the future/);
    expect(attempt({ by: '  ' })).toThrow(/Marked by is required/);
    expect(attempt({ note: 'bell\u0007' })).toThrow(/control character/);
    expect(attempt({ note: 'x'.repeat(50_000) })).toThrow(/at most 1,000 characters/);
    expect(attempt({ status: 'finished' })).toThrow(InputError);
    expect(attempt({ extra: true })).toThrow(InputError);
    expect(c.doc).toBe(before);
  });

  it('puts the future-date message beside the date field', () => {
    const c = new TestCoalition();
    const future = refusal(() =>
      c.run('markStageItem', { itemId: 'learn.history', status: 'done', on: '2030-01-01', by: 'Dana', note: '' }),
    );
    expect(future.fields).toEqual({ on: 'The date cannot be in the future. Today is 2025-10-20.' });
  });
});

describe('overriding what the data shows', () => {
  it('needs a reason, shown beside the note field', () => {
    const c = new TestCoalition();
    const noReason = refusal(() =>
      c.run('markStageItem', { itemId: 'coalition.talk-law-enforcement', status: 'done', on: TODAY, by: 'Dana', note: '' }),
    );
    expect(noReason.error).toBeInstanceOf(InputError);
    expect(noReason.fields.note).toMatch(/worked out from your data/);
    expect(c.doc.stageMarks).toHaveLength(0);
  });

  it('shows the override and, beside it, what the data shows; both ways', () => {
    const c = new TestCoalition();
    c.mark('coalition.talk-law-enforcement', 'done', 'Met the sheriff at the county fair; not logged');
    expect(c.item('coalition.talk-law-enforcement')).toMatchObject({
      status: 'done',
      source: 'override',
      derived: { state: 'unmet' },
      markLine: 'Marked done by Dana Cruz on 20 Oct 2025: Met the sheriff at the county fair; not logged',
      blockingGap: null,
    });

    const officer = c.person('Sgt. Ray Ortiz', { sector: 'law-enforcement' });
    c.talk([officer], '2025-10-01');
    c.mark('coalition.talk-law-enforcement', 'not-done', 'A hallway chat; the real conversation is still to come');
    expect(c.item('coalition.talk-law-enforcement')).toMatchObject({ status: 'in-progress', source: 'override', derived: { state: 'met' } });
  });

  it('"does not apply" takes the item out of the count', () => {
    const c = new TestCoalition();
    const before = c.progress().steps[0]!.stages[1]!;
    c.mark('coalition.convener', 'not-applicable', 'Everyone came to the table without one');
    const after = c.progress().steps[0]!.stages[1]!;
    expect(after.applicable).toBe(before.applicable - 1);
    expect(c.item('coalition.convener').status).toBe('not-applicable');
  });
});

describe('clearing a mark', () => {
  it('returns the item to what the data shows, and refuses when there is nothing to clear', () => {
    const c = new TestCoalition();
    c.mark('coalition.talk-nami', 'done', 'Phoned the state office');
    expect(c.item('coalition.talk-nami').status).toBe('done');
    c.run('clearStageMark', { itemId: 'coalition.talk-nami' });
    expect(c.item('coalition.talk-nami')).toMatchObject({ status: 'not-started', source: 'data', mark: null });
    expect(() => c.run('clearStageMark', { itemId: 'coalition.talk-nami' })).toThrow(CommandError);
  });

  it('keeps marks for items this version does not know (written by a newer app), without counting them', () => {
    const c = new TestCoalition();
    c.doc = { ...c.doc, stageMarks: [{ itemId: 'future.item', status: 'done', on: TODAY, by: 'A', note: '', markedAt: c.now.toISOString() }] };
    c.mark('learn.history', 'done');
    expect(c.doc.stageMarks.map((m) => m.itemId)).toEqual(['future.item', 'learn.history']);
    expect(c.progress().steps[0]!.done).toBe(1);
  });
});
