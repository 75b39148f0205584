import { ID_PATTERN } from '../model/ids';

/**
 * The ids each record mentions, worked out once per record and kept beside it: a record is never
 * changed in place (src/model/freeze.ts), so what it mentions is known for as long as it exists,
 * and a change makes new objects only for the records it changes. Asking what deleting a person
 * would touch then looks up each record's short list instead of walking every value of a
 * ten-year workspace again. Only frozen records are remembered, so one still being built never
 * leaves a stale answer.
 */
const mentioned = new WeakMap<object, readonly string[]>();

const NONE: readonly string[] = [];

type Entity = { id: string } & Record<string, unknown>;

/**
 * For each collection (its list, which a change replaces when it changes any of its records):
 * which of its records mention each id. Rebuilt for a list that changed, from the records' own
 * lists above, so only the records a change made are looked into again.
 */
const mentioning = new WeakMap<readonly Entity[], Map<string, string[]>>();

function indexOf(records: readonly Entity[]): Map<string, string[]> {
  const known = mentioning.get(records);
  if (known) return known;
  const index = new Map<string, string[]>();
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i]!;
    for (const id of idsMentionedBy(record)) {
      const holders = index.get(id);
      if (holders) holders.push(record.id);
      else index.set(id, [record.id]);
    }
  }
  if (Object.isFrozen(records)) mentioning.set(records, index);
  return index;
}

/** The ids of the records in `records` that mention any of `ids`, those records themselves aside. */
export function recordsMentioning(records: readonly Entity[], ids: ReadonlySet<string>): string[] {
  const index = indexOf(records);
  const found = new Set<string>();
  for (const id of ids) for (const holder of index.get(id) ?? NONE) if (!ids.has(holder)) found.add(holder);
  return [...found];
}

/** Every string in a record (its own `id` aside) that has the shape of an id. */
export function idsMentionedBy(entity: Entity): readonly string[] {
  const known = mentioned.get(entity);
  if (known) return known;
  const found = new Set<string>();
  for (const key in entity) if (key !== 'id') collect(entity[key], found);
  const list = found.size ? [...found] : NONE;
  if (Object.isFrozen(entity)) mentioned.set(entity, list);
  return list;
}

// Plain loops: the first look walks every value of every record.
function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value.length >= 6 && value.length <= 64 && ID_PATTERN.test(value)) into.add(value);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) collect(value[i], into);
    return;
  }
  for (const key in value) collect((value as Record<string, unknown>)[key], into);
}

/**
 * Works out what every record mentions a slice at a time, giving way between slices, so the
 * first "what would this deletion touch" after opening is as quick as the others.
 */
export async function primeMentionIndex(
  collections: ReadonlyArray<readonly Entity[]>,
  nextTurn: () => Promise<unknown>,
  sliceMs = 8,
): Promise<void> {
  let until = performance.now() + sliceMs;
  for (const records of collections) {
    for (let i = 0; i < records.length; i += 1) {
      idsMentionedBy(records[i]!);
      if (i % 128 === 0 && performance.now() > until) {
        await nextTurn();
        until = performance.now() + sliceMs;
      }
    }
    indexOf(records);
  }
}
