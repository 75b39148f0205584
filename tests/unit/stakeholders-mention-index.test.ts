import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { idsMentionedBy, primeMentionIndex, recordsMentioning } from '../../src/stakeholders/mentionIndex';

type Rec = { id: string } & Record<string, unknown>;
const list = (records: Rec[]): readonly Rec[] => Object.freeze(records.map((r) => Object.freeze(r)));

describe('what each record mentions, kept beside it', () => {
  it('finds ids at any depth, never the record’s own id or free text', () => {
    const record = Object.freeze({ id: 'meeting-1', notes: 'Talk to person-22 soon', attendance: [{ stakeholderId: 'person-22' }], owner: 'person-33' });
    expect([...idsMentionedBy(record)].sort()).toEqual(['person-22', 'person-33']);
  });

  it('answers from the new version of a list after a change, not the one it saw before', () => {
    const before = list([
      { id: 'item-1', ownerId: 'person-1' },
      { id: 'item-2', ownerId: 'person-2' },
    ]);
    expect(recordsMentioning(before, new Set(['person-1']))).toEqual(['item-1']);
    const after = produce(before, (draft) => {
      draft[1]!.ownerId = 'person-1';
    });
    expect(recordsMentioning(after, new Set(['person-1']))).toEqual(['item-1', 'item-2']);
    // The old version is still answered as it was.
    expect(recordsMentioning(before, new Set(['person-1']))).toEqual(['item-1']);
  });

  it('does not remember a record that is not frozen, which could still change', () => {
    const open: Rec = { id: 'item-9', ownerId: 'person-1' };
    expect(idsMentionedBy(open)).toEqual(['person-1']);
    open.ownerId = 'person-5';
    expect(idsMentionedBy(open)).toEqual(['person-5']);
  });

  it('leaves out the records being deleted themselves, and primes every list in slices', async () => {
    const people = list([
      { id: 'person-1', referredById: 'person-2' },
      { id: 'person-2', referredById: 'person-1' },
      { id: 'person-3', referredById: 'person-1' },
    ]);
    let turns = 0;
    await primeMentionIndex([people], async () => void (turns += 1), 0);
    expect(turns).toBeGreaterThan(0);
    expect(recordsMentioning(people, new Set(['person-1', 'person-2']))).toEqual(['person-3']);
  });
});
