import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { WorkspaceStore, sameForFields } from '../../renderer/workspace/workspaceStore';
import { emptyWorkspace } from '../../src/workspace/document';

enablePatches();

/**
 * The window's store of the open workspace: the screens subscribe to parts of it, so a change to
 * one collection must leave every other part the same object, and a listener must hear only of
 * real changes.
 */
describe('the window’s store of the open workspace', () => {
  it('tells its listeners of a change, and of nothing that changes nothing', () => {
    const store = new WorkspaceStore();
    let heard = 0;
    const stop = store.subscribe(() => (heard += 1));
    const before = store.get();
    store.update({ loading: true });
    expect(heard).toBe(0);
    expect(store.get()).toBe(before);
    store.update({ loading: false, saving: true });
    expect(heard).toBe(1);
    expect(store.get()).not.toBe(before);
    expect(store.get()).toMatchObject({ loading: false, saving: true, view: null, opening: null });
    stop();
    store.update({ saving: false });
    expect(heard).toBe(1);
  });

  it('keeps the stakeholder list’s document while only an action item changed, and not after a person did', () => {
    const base = emptyWorkspace({
      name: 'Riverside',
      community: 'Riverside County',
      timeZone: 'America/Chicago',
      now: new Date('2026-03-02T15:00:00Z'),
    });
    const [withPeople] = produceWithPatches(base, (draft) => {
      draft.stakeholders.push({ id: 'p1', name: 'Dana Ortiz' } as never);
      draft.actionItems.push({ id: 'a1', title: 'Book the room' } as never);
    });
    const [, itemPatches] = produceWithPatches(withPeople, (draft) => {
      draft.actionItems[0]!.title = 'Book the library room';
    });
    const afterItem = applyPatches(withPeople, itemPatches);
    expect(sameForFields(withPeople, afterItem, ['stakeholders', 'organizations'])).toBe(true);
    expect(sameForFields(withPeople, afterItem, ['actionItems'])).toBe(false);

    const [, personPatches] = produceWithPatches(afterItem, (draft) => {
      draft.stakeholders[0]!.name = 'Dana Ortiz-Kim';
    });
    const afterPerson = applyPatches(afterItem, personPatches);
    expect(sameForFields(afterItem, afterPerson, ['stakeholders', 'organizations'])).toBe(false);

    // Renaming the coalition reaches every reader: each shows its name somewhere.
    const [renamed] = produceWithPatches(afterPerson, (draft) => {
      draft.coalition.name = 'Riverside CIT';
    });
    expect(sameForFields(afterPerson, renamed, ['stakeholders'])).toBe(false);
    expect(sameForFields(null, renamed, ['stakeholders'])).toBe(false);
  });
});
