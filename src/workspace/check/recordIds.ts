import { COLLECTIONS, type CollectionName, type WorkspaceDocument } from '../document';

/**
 * Two records of one collection with the same id. Every reference (an action item's owner, a
 * meeting's attendees) names a record by id, so which of the two it means would be a guess, and
 * a change to one could land on the other. A file holding them is refused, naming both.
 */
export function duplicateIdProblem(doc: WorkspaceDocument): string | null {
  for (const name of COLLECTIONS) {
    const field = ID_FIELD[name] ?? 'id';
    const list = doc[name] as unknown as Array<Record<string, unknown>>;
    const seen = new Map<unknown, number>();
    for (let index = 0; index < list.length; index += 1) {
      const id = list[index]![field];
      const first = seen.get(id);
      if (first !== undefined) {
        return `${name} › ${index} › ${field}: ${JSON.stringify(id)} is also the ${field} of ${name} › ${first}. Each record needs one of its own, so the file cannot be opened as it is.`;
      }
      seen.set(id, index);
    }
  }
  return null;
}

/** A checklist mark is known by the item it marks: one mark per item. */
const ID_FIELD: Partial<Record<CollectionName, string>> = { stageMarks: 'itemId' };
