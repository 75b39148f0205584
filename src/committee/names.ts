import { displayName, type Audience } from '../stakeholders';
import type { WorkspaceDocument } from '../workspace/document';

/** A person's name as the audience may see it; "Someone no longer in the list" for a deleted record. */
export function personNamer(doc: Pick<WorkspaceDocument, 'stakeholders'>, audience: Audience) {
  const byId = new Map(doc.stakeholders.map((s) => [s.id, s]));
  return (id: string | null | undefined): string => {
    const person = id ? byId.get(id) : undefined;
    return person ? displayName(person, audience) : 'Someone no longer in the list';
  };
}
