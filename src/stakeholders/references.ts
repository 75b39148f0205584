import { current, isDraft, original, type Draft } from 'immer';
import type { z } from 'zod';
import { COLLECTIONS, WorkspaceDocument, type CollectionName } from '../workspace/document';
import { CommandError } from '../errors';
import { recordsMentioning } from './mentionIndex';

/**
 * Removing every reference to records that are being deleted, wherever other features keep them.
 * Features add their own references over time (a presenter on an agenda item, a nominee on a
 * nomination), so this does not list them: it walks every record, clears each reference it finds
 * (an id in a list is taken out, a single id becomes "none"), and then checks the record against
 * its own schema. Where "none" is not allowed (an attendance entry must name a person), the entry
 * holding the reference is removed instead. A record that still does not fit stops the change
 * with a message, so nothing is ever left pointing at a person who is gone.
 */

type Json = unknown;
type Entity = { id: string } & Record<string, Json>;

export type TouchedCounts = Partial<Record<CollectionName, number>>;

function elementSchema(collection: CollectionName): z.ZodType {
  const field = WorkspaceDocument.shape[collection] as unknown as { unwrap(): { element: z.ZodType } };
  return field.unwrap().element;
}

const collectionLabels: Record<CollectionName, string> = {
  organizations: 'organization',
  stakeholders: 'stakeholder',
  conversations: 'conversation',
  meetings: 'meeting',
  actionItems: 'action item',
  workgroups: 'workgroup',
  policies: 'policy',
  recognitionEvents: 'recognition event',
  trainingCourses: 'training course',
  trainingClasses: 'training class',
  agencyStaffing: 'agency staffing',
  stageMarks: 'checklist mark',
  programMeasures: 'program data measure',
  programQuarters: 'program data quarter',
  services: 'service',
  directorySettings: 'directory setting',
  committeeSeats: 'committee seat',
  committeeOfficers: 'officer term',
  conflictDeclarations: 'declaration of interests',
};

/** Which records of each collection mention any of the ids (their own `id` aside). */
export function findReferences(doc: WorkspaceDocument, ids: ReadonlySet<string>): Map<CollectionName, string[]> {
  const found = new Map<CollectionName, string[]>();
  for (const collection of COLLECTIONS) {
    // Worked out once per version of each list and kept (mentionIndex.ts).
    const hits = recordsMentioning(doc[collection] as unknown as Entity[], ids);
    if (hits.length) found.set(collection, hits);
  }
  return found;
}

type Path = Array<string | number>;

function collectPaths(value: Json, ids: ReadonlySet<string>, path: Path, out: Path[]): void {
  if (typeof value === 'string') {
    if (ids.has(value)) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectPaths(v, ids, [...path, i], out));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) collectPaths(v, ids, [...path, key], out);
  }
}

/** A plain snapshot of a draft (or the value itself): reading it creates no proxies. */
export function plainOf<T>(value: T): T {
  return isDraft(value) ? (current(value as Draft<T>) as T) : value;
}

function at(root: Json, path: Path): Json {
  let node: Json = root;
  for (const step of path) node = (node as Record<string | number, Json>)[step];
  return node;
}

/** Takes out array elements by path, highest index first so earlier indexes stay valid. */
function removeElements(root: Json, paths: Path[]): void {
  const unique = new Map(paths.map((p) => [JSON.stringify(p), p]));
  const sorted = [...unique.values()].sort((a, b) => {
    const depth = b.length - a.length;
    if (depth) return depth;
    return Number(b.at(-1)) - Number(a.at(-1));
  });
  for (const p of sorted) {
    const parent = at(root, p.slice(0, -1)) as Json[];
    parent.splice(Number(p.at(-1)), 1);
  }
}

/** Clears references to `ids` in one record; returns false if it had none. */
function scrubEntity(
  entity: Draft<Entity>,
  ids: ReadonlySet<string>,
  schema: z.ZodType,
  collection: CollectionName,
): boolean {
  const paths: Path[] = [];
  for (const key of Object.keys(entity)) if (key !== 'id') collectPaths(entity[key], ids, [key], paths);
  if (paths.length === 0) return false;

  const inArray = paths.filter((p) => typeof p.at(-1) === 'number');
  const scalars = paths.filter((p) => typeof p.at(-1) !== 'number');
  for (const p of scalars) {
    const parent = at(entity, p.slice(0, -1)) as Record<string, Json>;
    parent[String(p.at(-1))] = null;
  }
  removeElements(entity, inArray);
  const first = schema.safeParse(plainOf(entity));
  if (first.success) return true;

  // "None" is not allowed where the schema objects: remove the list entry that held that reference
  // (an attendance mark without a person), and only that one; an agenda item keeps its place
  // without a presenter.
  const refused = new Set(first.error.issues.map((issue) => JSON.stringify(issue.path)));
  const holders = scalars
    .filter((p) => refused.has(JSON.stringify(p)) && p.length >= 2 && typeof p.at(-2) === 'number')
    .map((p) => p.slice(0, -1));
  if (holders.length) {
    removeElements(entity, holders);
    if (schema.safeParse(plainOf(entity)).success) return true;
  }
  const name = typeof entity.title === 'string' ? entity.title : typeof entity.name === 'string' ? entity.name : '';
  throw new CommandError(
    `The ${collectionLabels[collection]}${name ? ` “${name}”` : ''} cannot do without this record. Change it there first, then delete again.`,
  );
}

/** Which records changed, by collection: shared across passes so a record changed twice counts once. */
export type TouchedRecords = Map<CollectionName, Set<string>>;

export function countTouched(touched: TouchedRecords): TouchedCounts {
  const counts: TouchedCounts = {};
  for (const [collection, records] of touched) if (records.size) counts[collection] = records.size;
  return counts;
}

/** Clears every reference to `ids` across the workspace; returns how many records changed, by collection. */
export function clearReferences(
  draft: Draft<WorkspaceDocument>,
  ids: ReadonlySet<string>,
  touched: TouchedRecords = new Map(),
): TouchedCounts {
  const base = (isDraft(draft) ? original(draft) : draft) as WorkspaceDocument;
  // Candidates come from the unchanged document (plain objects, fast to walk); the edits go to the draft.
  const candidates = findReferences(base, ids);
  for (const [collection, entityIds] of candidates) {
    const wanted = new Set(entityIds);
    const schema = elementSchema(collection);
    const changed = touched.get(collection) ?? new Set<string>();
    let records = draft[collection] as unknown as Draft<Entity>[];
    // A list put in whole and frozen by this change (removal.ts) is copied before its records are.
    if (!isDraft(records) && Object.isFrozen(records)) {
      records = [...records];
      (draft as unknown as Record<string, unknown>)[collection] = records;
    }
    // Look ids up on a plain snapshot: touching every element of a draft array would make a proxy for each.
    const plain = plainOf(records) as Entity[];
    plain.forEach((record, index) => {
      if (!wanted.has(record.id)) return;
      let entity = records[index];
      if (!entity) return;
      // A record put back as a plain (frozen) object rather than a draft is copied before it is changed.
      if (!isDraft(entity)) {
        entity = structuredClone(entity) as Draft<Entity>;
        records[index] = entity;
      }
      if (scrubEntity(entity, ids, schema, collection)) changed.add(record.id);
    });
    if (changed.size) touched.set(collection, changed);
  }
  return countTouched(touched);
}
