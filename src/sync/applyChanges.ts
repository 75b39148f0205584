import type { Draft } from 'immer';
import { z } from 'zod';
import { defineCommand } from '../commands/define';
import { isCollectionName, type WorkspaceDocument } from '../workspace/document';
import { keyFieldOf } from './docIds';

const Upsert = z.object({ collection: z.string(), key: z.string(), record: z.record(z.string(), z.unknown()) });
const Removal = z.object({ collection: z.string(), key: z.string() });

export const ChangesFromOthers = z.object({
  upserts: z.array(Upsert),
  removals: z.array(Removal),
  /** The coalition's shared header fields, when another member changed them. */
  coalition: z.record(z.string(), z.unknown()).nullable(),
});
export type ChangesFromOthers = z.infer<typeof ChangesFromOthers>;

/**
 * The one change sync makes to a workspace: what other members changed, applied as a single step
 * with its own history entry ("changes from other members: 3 records"). It is applied through
 * WorkspaceSession.applyFromOthers, never Edit › Undo's stack: undoing it would quietly revert
 * someone else's work on every laptop. A record changed in place keeps its place in its list and
 * a new one goes at the end, so the steps this person can still undo mostly stay valid; the
 * session drops the ones that touched what arrived (src/workspace/patchOverlap.ts).
 *
 * Its input is not checked for references: a record may name another that arrives in the same
 * batch or a later one, and refusing it would lose another member's work.
 */
export const applyChangesFromOthers = defineCommand({
  name: 'applyChangesFromOthers',
  label: 'changes from other members',
  input: ChangesFromOthers,
  describe: (input) => {
    const count = input.upserts.length + input.removals.length;
    const header = input.coalition ? ' and the coalition details' : '';
    return `changes from other members: ${count} ${count === 1 ? 'record' : 'records'}${header}`;
  },
  apply(draft: Draft<WorkspaceDocument>, input: ChangesFromOthers) {
    const lists = draft as unknown as Record<string, Array<Record<string, unknown>>>;
    // Each list's positions by key, built once per collection: a first download brings every
    // record in one step, and a search of the list for each would grow with its square.
    const positions = new Map<string, Map<string, number>>();
    const positionsOf = (collection: string, list: Array<Record<string, unknown>>) => {
      let byKey = positions.get(collection);
      if (!byKey) {
        const field = keyFieldOf(collection as never);
        byKey = new Map(list.map((r, i) => [String(r[field]), i]));
        positions.set(collection, byKey);
      }
      return byKey;
    };
    for (const { collection, key, record } of input.upserts) {
      if (!isCollectionName(collection)) continue;
      const list = (lists[collection] ??= []);
      const byKey = positionsOf(collection, list);
      const at = byKey.get(key);
      if (at !== undefined) list[at] = record;
      else byKey.set(key, list.push(record) - 1);
    }
    // Removals are few (a first sync has none): each is found and spliced out as before.
    for (const { collection, key } of input.removals) {
      if (!isCollectionName(collection)) continue;
      const field = keyFieldOf(collection);
      const list = lists[collection];
      const at = list?.findIndex((r) => String(r[field]) === key) ?? -1;
      if (list && at >= 0) list.splice(at, 1);
    }
    if (input.coalition) Object.assign(draft.coalition, input.coalition);
  },
});

/** A conflict settled by this person: the same kind of step, named for what it was. */
export const settleConflict = defineCommand({
  ...applyChangesFromOthers,
  name: 'settleSyncConflict',
  label: 'settle a conflict between members',
  describe: () => 'settle a conflict between members',
});
