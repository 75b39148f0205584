import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeAttention, mergeBodies, type Attention } from '../../src/sync/merge';
import { resolveAttention } from '../../src/sync/resolve';

const base = { id: 'a1', title: 'Book the hall', notes: '', status: 'open', source: { kind: 'manual' } };

describe('three-way merge of one record', () => {
  test('changes to different fields both stay', () => {
    const { merged, attention } = mergeBodies(base, { ...base, title: 'Book the church hall' }, { ...base, notes: 'Thursday rate' });
    expect(merged).toEqual({ ...base, title: 'Book the church hall', notes: 'Thursday rate' });
    expect(attention).toEqual([]);
  });

  test('the same field changed on both sides keeps both values and the base', () => {
    const { merged, attention } = mergeBodies(base, { ...base, title: 'B' }, { ...base, title: 'A' });
    expect(attention).toEqual([{ kind: 'field', field: 'title', values: ['A', 'B'], base: 'Book the hall' }]);
    expect(merged?.title).toBe('A');
  });

  test('the same change on both sides is no conflict', () => {
    expect(mergeBodies(base, { ...base, title: 'X' }, { ...base, title: 'X' })).toEqual({ merged: { ...base, title: 'X' }, attention: [] });
  });

  test('nested objects merge field by field', () => {
    const a = { ...base, source: { kind: 'meeting', id: 'm1' } };
    const b = { ...base, notes: 'n' };
    expect(mergeBodies(base, a, b).merged).toEqual({ ...base, source: { kind: 'meeting', id: 'm1' }, notes: 'n' });
  });

  test('the later of two update times wins without a conflict', () => {
    const stamped = { ...base, updatedAt: '2026-01-01T00:00:00.000Z' };
    const { merged, attention } = mergeBodies(stamped, { ...stamped, title: 'T', updatedAt: '2026-01-02T00:00:00.000Z' }, { ...stamped, notes: 'N', updatedAt: '2026-01-03T00:00:00.000Z' });
    expect(attention).toEqual([]);
    expect(merged?.updatedAt).toBe('2026-01-03T00:00:00.000Z');
  });

  test('deleted on one side and unchanged on the other: deleted', () => {
    expect(mergeBodies(base, null, base)).toEqual({ merged: null, attention: [] });
  });

  test('deleted on one side and edited on the other: the edit is kept and the person asked', () => {
    const edited = { ...base, title: 'Book the big hall' };
    expect(mergeBodies(base, null, edited)).toEqual({ merged: edited, attention: [{ kind: 'deletedAndEdited' }] });
    expect(mergeBodies(base, edited, null)).toEqual({ merged: edited, attention: [{ kind: 'deletedAndEdited' }] });
  });

  test('is symmetric, so two laptops merging the same pair write the same record', () => {
    const value = fc.oneof(fc.constantFrom('', 'a', 'b'), fc.integer({ min: 0, max: 2 }));
    const body = fc.record({ title: value, notes: value, status: value });
    fc.assert(
      fc.property(body, body, body, (o, a, b) => {
        expect(mergeBodies(o, a, b)).toEqual(mergeBodies(o, b, a));
      }),
    );
  });

  test('without a base, every difference is a conflict (nothing is chosen silently)', () => {
    const { attention } = mergeBodies(null, { ...base, title: 'A' }, { ...base, title: 'B' });
    expect(attention).toHaveLength(1);
  });
});

describe('attention lists and settling them', () => {
  const conflict: Attention = { kind: 'field', field: 'title', values: ['A', 'B'], base: 'O' };

  test('an entry settled on one side since the base stays settled', () => {
    expect(mergeAttention([conflict], [], [conflict])).toEqual([]);
  });

  test('an entry added on either side is kept', () => {
    expect(mergeAttention([], [], [conflict])).toEqual([conflict]);
  });

  test('choosing a value sets it and removes the entry', () => {
    expect(resolveAttention({ title: 'A' }, [conflict], 0, { choose: 1 })).toEqual({ body: { title: 'B' }, attention: [] });
  });

  test('a combined value can be typed', () => {
    expect(resolveAttention({ title: 'A' }, [conflict], 0, { value: 'A and B' }).body).toEqual({ title: 'A and B' });
  });

  test('a nested field is set where it is', () => {
    const nested: Attention = { kind: 'field', field: 'source.id', values: ['m1', 'm2'], base: null };
    expect(resolveAttention({ source: { kind: 'meeting', id: 'm1' } }, [nested], 0, { choose: 1 }).body).toEqual({ source: { kind: 'meeting', id: 'm2' } });
  });

  test('a deleted-and-edited record can be deleted after all', () => {
    expect(resolveAttention({ title: 'A' }, [{ kind: 'deletedAndEdited' }], 0, { keep: false })).toEqual({ body: null, attention: [] });
  });

  test('a settled entry cannot be settled twice', () => {
    expect(() => resolveAttention({ title: 'A' }, [], 0, { choose: 0 })).toThrow('already been settled');
  });
});
