import type { Patch } from 'immer';
import { DOCUMENT_FIELDS, type DocumentField } from '../../src/api/workspaceMethods';
import type { WorkspaceDocument } from '../../src/workspace/document';

/**
 * A large workspace reaches the window in two reads: first the fields the opening page shows (the
 * stakeholder list needs the people and organizations, a tenth of a ten-year file), then the
 * rest while that page is already in use. Until the rest is here the document holds the first
 * fields and empty lists in place of the others; only pages that said which fields they read
 * (useCollections) are shown from it, every other reader waits (useDoc).
 */

/** The fields every read includes: what the header and the shell show. */
const HEADER: DocumentField[] = ['schemaVersion', 'coalition'];

/** The first read for a page that reads these collections. */
export function firstRead(collections: readonly DocumentField[]): DocumentField[] {
  return [...new Set([...HEADER, ...collections])];
}

/** The second read: everything the first did not include. */
export function restOf(first: readonly DocumentField[]): DocumentField[] {
  return DOCUMENT_FIELDS.filter((field) => !first.includes(field));
}

/** The first read as a document: the fields not read yet are empty lists until the rest arrives. */
export function withEmptyRest(part: Partial<WorkspaceDocument>, first: readonly DocumentField[]): WorkspaceDocument {
  const empty = Object.fromEntries(restOf(first).map((field) => [field, []]));
  return { ...empty, ...part } as WorkspaceDocument;
}

/**
 * The patches of a change that apply to what the window holds: a change to a field not read yet
 * is already in the rest when it is read (the read is of a later revision than the change).
 */
export function patchesFor(patches: readonly Patch[], loaded: ReadonlySet<DocumentField> | null): Patch[] {
  if (!loaded) return [...patches];
  return patches.filter((patch) => patch.path.length > 0 && loaded.has(patch.path[0] as DocumentField));
}
