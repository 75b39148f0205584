import { produceWithPatches } from 'immer';
import type { HistoryEntry } from '../model/historyEntry';
import type { WorkspaceDocument } from './document';

/** The history is trimmed in steps, so most changes add one small patch instead of rewriting it. */
const HISTORY_SLACK = 100;

/**
 * Adds an entry to the workspace's history as its own step (with its own patches), keeping at
 * least `limit` entries; the texts are cut to what the file keeps for them.
 */
export function appendHistory(doc: WorkspaceDocument, entry: HistoryEntry, limit: number) {
  const kept: HistoryEntry = { ...entry, command: entry.command.slice(0, 100), description: entry.description.slice(0, 1_000) };
  const [next, patches] = produceWithPatches(doc, (draft) => {
    if (!Array.isArray(draft.history)) draft.history = [];
    draft.history.push(kept);
    if (draft.history.length > limit + HISTORY_SLACK) draft.history = draft.history.slice(-limit);
  });
  return { doc: next, patches };
}
