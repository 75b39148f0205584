import { describe, expect, it } from 'vitest';
import { freezeInSlices } from '../../src/model/freeze';

/** A freshly read workspace is frozen a slice at a time, so nothing can change it in place. */
describe('freezeInSlices', () => {
  it('freezes every object and list reachable from the document', async () => {
    const doc = { coalition: { name: 'Riverside' }, stakeholders: [{ id: 's1', tags: ['NAMI'], stageHistory: [{ on: '2026-01-05' }] }] };
    await freezeInSlices(doc, () => Promise.resolve());
    const person = doc.stakeholders[0]!;
    for (const value of [doc, doc.coalition, doc.stakeholders, person, person.tags, person.stageHistory, person.stageHistory[0]]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
    expect(() => {
      'use strict';
      (person as { id: string }).id = 'changed';
    }).toThrow(TypeError);
  });

  it('gives way between slices on a large document instead of holding the thread', async () => {
    const doc = { records: Array.from({ length: 200_000 }, (_, i) => ({ id: i, tags: [String(i)] })) };
    let turns = 0;
    await freezeInSlices(doc, async () => {
      turns += 1;
    });
    expect(turns).toBeGreaterThan(1);
    expect(Object.isFrozen(doc.records[199_999]!.tags)).toBe(true);
  });

  it('leaves alone what is not an object', async () => {
    await expect(freezeInSlices('text', () => Promise.resolve())).resolves.toBeUndefined();
    await expect(freezeInSlices(null, () => Promise.resolve())).resolves.toBeUndefined();
  });
});
