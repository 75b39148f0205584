import type { z } from 'zod';
import { RECORD_SCHEMAS, isCollectionName, type CollectionName } from '../workspace/document';

/**
 * Which CouchDB document holds what. One record is one document, `<collection>:<key>`, so a
 * person, a meeting, an action item each replicate (and conflict) on their own. The coalition's
 * header is one document of its own; the coalition's sync settings (its id, the passphrase's
 * salt and check value) another. Neither of those two names has a colon, so no record can take it.
 */
export const HEADER_DOC_ID = 'coalition';
export const SETTINGS_DOC_ID = 'sync-settings';

export function docIdOf(collection: CollectionName, key: string): string {
  return `${collection}:${key}`;
}

export type ParsedDocId =
  | { kind: 'header' }
  | { kind: 'settings' }
  | { kind: 'record'; collection: CollectionName; key: string }
  /** A collection this version does not know (a newer app's): kept on the server, left alone here. */
  | { kind: 'unknown' };

export function parseDocId(id: string): ParsedDocId {
  if (id === HEADER_DOC_ID) return { kind: 'header' };
  if (id === SETTINGS_DOC_ID) return { kind: 'settings' };
  const colon = id.indexOf(':');
  if (colon <= 0) return { kind: 'unknown' };
  const collection = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (!isCollectionName(collection) || key === '') return { kind: 'unknown' };
  return { kind: 'record', collection, key };
}

const keyFields = new Map<string, string>();

/**
 * The field that names a record within its collection: `id` for nearly all, else the one
 * required string field ending in `Id` (a checklist mark is keyed by its item). Found from the
 * schema, so a collection added later needs no entry here; tests/unit/sync-docIds.test.ts fails
 * for a collection where neither is true.
 */
export function keyFieldOf(collection: CollectionName): string {
  const known = keyFields.get(collection);
  if (known) return known;
  const shape = (RECORD_SCHEMAS[collection] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  let field: string | undefined;
  if (Object.hasOwn(shape, 'id')) field = 'id';
  else {
    const candidates = Object.entries(shape).filter(
      ([name, schema]) => name.endsWith('Id') && (schema as { def?: { type?: string } }).def?.type === 'string',
    );
    if (candidates.length === 1) field = candidates[0]![0];
  }
  if (!field) throw new Error(`The collection ${collection} has no field that names its records.`);
  keyFields.set(collection, field);
  return field;
}

export function keyOf(collection: CollectionName, record: Record<string, unknown>): string {
  return String(record[keyFieldOf(collection)]);
}
