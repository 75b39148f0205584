import type { CollectionName } from '../workspace/document';
import { open, seal, type CoalitionKey } from './crypto';
import { HEADER_DOC_ID, keyFieldOf } from './docIds';
import { isSensitive } from './sensitiveFields';
import type { Attention, Body, Origin } from './merge';

/**
 * One record as a CouchDB document: its readable fields in `fields`, the sensitive ones each
 * sealed in `sealed`, and the list of things a person must look at (conflicts, a deletion that
 * was overruled) sealed as a whole, since conflicting values can be sensitive ones. The flag
 * `needsAttention` stays readable so a laptop finds those records without opening every one.
 *
 * `changedBy` and `changedAt` say who wrote this revision (the member's account on the server)
 * and when, so a conflict can say whose each version is. They are readable on purpose: the
 * server knows every account already, and they hold only the account name and a time, never a
 * record's field. Documents written before them lack both (their maker is then unknown).
 */
export interface SyncDocBody {
  kind: 'record' | 'header';
  collection?: CollectionName;
  fields: Record<string, unknown>;
  sealed: Record<string, string>;
  attention?: string;
  needsAttention?: boolean;
  changedBy?: string;
  changedAt?: string;
}

export type { Body };

/** The header fields that follow every local change (the time of the last one): not shared. */
export const LOCAL_HEADER_FIELDS = ['updatedAt'];

export function encodeBody(
  docId: string,
  collection: CollectionName | null,
  body: Body,
  attention: readonly Attention[],
  key: CoalitionKey,
  origin: Origin | null = null,
): SyncDocBody {
  const fields: Record<string, unknown> = {};
  const sealed: Record<string, string> = {};
  const keyField = collection ? keyFieldOf(collection) : '';
  for (const [field, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (collection && isSensitive(collection, body, field, keyField))
      sealed[field] = seal(key, value, `${docId}/${field}`);
    else fields[field] = value;
  }
  const encoded: SyncDocBody = { kind: collection ? 'record' : 'header', fields, sealed };
  if (collection) encoded.collection = collection;
  if (attention.length > 0) {
    encoded.attention = seal(key, attention, `${docId}/@attention`);
    encoded.needsAttention = true;
  }
  if (origin) {
    encoded.changedBy = origin.account;
    encoded.changedAt = origin.at;
  }
  return encoded;
}

export function decodeBody(
  docId: string,
  doc: Partial<SyncDocBody>,
  key: CoalitionKey,
): { body: Body; attention: Attention[] } {
  const body: Body = { ...(doc.fields ?? {}) };
  for (const [field, value] of Object.entries(doc.sealed ?? {})) body[field] = open(key, value, `${docId}/${field}`);
  const attention = doc.attention ? (open(key, doc.attention, `${docId}/@attention`) as Attention[]) : [];
  return { body, attention };
}

/** Who wrote a document's revision and when, or null for one written before documents said so. */
export function originOf(doc: Partial<SyncDocBody>): Origin | null {
  if (typeof doc.changedBy !== 'string' || doc.changedBy === '') return null;
  return { account: doc.changedBy, at: typeof doc.changedAt === 'string' ? doc.changedAt : '' };
}

export function headerBody(coalition: Body): Body {
  const shared: Body = {};
  for (const [field, value] of Object.entries(coalition))
    if (!LOCAL_HEADER_FIELDS.includes(field)) shared[field] = value;
  return shared;
}

export const isHeader = (docId: string) => docId === HEADER_DOC_ID;
