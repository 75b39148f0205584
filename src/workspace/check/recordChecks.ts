import { isCollectionName, RECORD_SCHEMAS } from '../document';
import { recordsOfChunk, type RecordChunk } from '../fileLayout';
import { checkJsonShape, FILE_LIMITS, type JsonLimits, type JsonTally } from '../safeJson';
import { stringsInText } from './duplicateKeys';
import { sameValue } from './sameValue';

/**
 * The full check of a run of records, as the full check of the whole file does it for each of
 * them: the shape of its JSON (removing keys that could reach a prototype), no field named twice
 * (check/duplicateKeys.ts), then every field against its collection's schema.
 */
export type ChunkOutcome =
  /** Every record passed. `changed` holds, by place in the list, the checked records that differ from what was read. */
  | { ok: true; count: number; changed: Array<{ index: number; value: unknown }> }
  /** Some record did not pass (or could not be read): the whole file gets the full check, which says why. */
  | { ok: false };

/** A record sits two levels down (the document, then its list): the file's depth limit, less those two. */
const RECORD_LIMITS: JsonLimits = { ...FILE_LIMITS, maxDepth: FILE_LIMITS.maxDepth - 2 };

/** Checks the records of a run as read from the file's bytes (on a thread of its own). */
export function checkChunk(bytes: Uint8Array, chunk: RecordChunk): ChunkOutcome {
  try {
    return checkRecords(chunk, Array.from(recordsOfChunk(bytes, chunk)), bytes);
  } catch {
    return { ok: false };
  }
}

/**
 * Checks records already read from the run's lines in `bytes`, in place: a record the check
 * changes is reported with its checked copy, which the caller puts in its place.
 */
export function checkRecords(chunk: RecordChunk, records: readonly unknown[], bytes: Uint8Array): ChunkOutcome {
  if (!isCollectionName(chunk.key) || records.length !== chunk.count) return { ok: false };
  const schema = RECORD_SCHEMAS[chunk.key];
  const changed: Array<{ index: number; value: unknown }> = [];
  const tally: JsonTally = { strings: 0 };
  for (let i = 0; i < records.length; i += 1) {
    const value = records[i];
    let removedKeys = false;
    if (checkJsonShape(value, RECORD_LIMITS, 'remove', () => (removedKeys = true), tally)) return { ok: false };
    const result = schema.safeParse(value);
    if (!result.success) return { ok: false };
    // A removed key changed the record in place, where comparing could not see it.
    if (removedKeys || !sameValue(result.data, value))
      changed.push({ index: chunk.firstIndex + i, value: result.data });
  }
  // Fewer strings than the lines hold: JSON.parse dropped a field named twice.
  if (tally.strings !== stringsInText(bytes, chunk.start, chunk.end)) return { ok: false };
  return { ok: true, count: records.length, changed };
}
