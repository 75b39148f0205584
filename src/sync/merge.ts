import { sameValue, stableJson } from './stableJson';

export type Body = Record<string, unknown>;

/**
 * Who made one version of a record and when: the member's account on the sync server and the
 * time the change left their workspace. Unknown (null) for a version written before documents
 * carried it.
 */
export interface Origin {
  account: string;
  at: string;
}

/**
 * What a person must look at on a record after a merge.
 * - `field`: the same field was changed on two laptops. Both values are kept here (the record
 *   shows the first of them meanwhile), with the value they both started from.
 * - `deletedAndEdited`: the record was deleted on one laptop and changed on another; the change
 *   was kept, and the person is asked whether it should go after all.
 */
export type Attention =
  | {
      kind: 'field';
      field: string;
      values: unknown[];
      base: unknown;
      /** Who made each value, in the order of `values` (absent on entries made before it was kept). */
      origins?: Array<Origin | null>;
    }
  | { kind: 'deletedAndEdited' };

export type FieldAttention = Extract<Attention, { kind: 'field' }>;

export interface MergeResult {
  /** The merged record, or null when it is deleted on both sides (or deleted and never edited). */
  merged: Body | null;
  attention: Attention[];
}

/**
 * Fields that say when a record last changed: two laptops always disagree on them, and the later
 * time is simply right, so they never make a conflict.
 */
const LATER_WINS = /^(updatedAt|markedAt|statusUpdatedOn)$/;

/**
 * The three-way merge of one record: `base` is the body both sides last agreed on (null when
 * there is none), `a` and `b` the two sides (null for deleted). Symmetric: merge(base, a, b)
 * equals merge(base, b, a), so two laptops that merge the same pair write the same record and
 * the copies converge. A field changed on one side only takes that change; a field changed to
 * different values on both sides is a conflict; nested objects merge field by field the same
 * way; lists are one value each (see docs/sync.md for why).
 */
export function mergeBodies(
  base: Body | null,
  a: Body | null,
  b: Body | null,
  origins?: { a: Origin | null; b: Origin | null },
): MergeResult {
  if (a === null && b === null) return { merged: null, attention: [] };
  if (a === null || b === null) {
    const kept = (a ?? b) as Body;
    // Deleted on one side: if the other never changed it, the deletion stands.
    if (base !== null && sameValue(base, kept)) return { merged: null, attention: [] };
    // Changed on the other side (or new there): the change is kept and the person asked.
    return { merged: kept, attention: base === null ? [] : [{ kind: 'deletedAndEdited' }] };
  }
  const attention: Attention[] = [];
  const merged = mergeFields(base, a, b, '', attention, origins);
  return { merged, attention };
}

function isPlainObject(value: unknown): value is Body {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function mergeFields(
  base: Body | null,
  a: Body,
  b: Body,
  prefix: string,
  attention: Attention[],
  origins: { a: Origin | null; b: Origin | null } | undefined,
): Body {
  const result: Body = {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of [...keys].sort()) {
    const av = a[key];
    const bv = b[key];
    const ov = base?.[key];
    let value: unknown;
    if (sameValue(av, bv)) value = av;
    else if (base !== null && sameValue(ov, av)) value = bv;
    else if (base !== null && sameValue(ov, bv)) value = av;
    else if (isPlainObject(av) && isPlainObject(bv) && (ov === undefined || isPlainObject(ov)))
      value = mergeFields(
        isPlainObject(ov) ? ov : base === null ? null : {},
        av,
        bv,
        `${prefix}${key}.`,
        attention,
        origins,
      );
    else if (LATER_WINS.test(key) && typeof av === 'string' && typeof bv === 'string') value = av > bv ? av : bv;
    else {
      const pairs = byValue([
        { value: av, origin: origins?.a ?? null },
        { value: bv, origin: origins?.b ?? null },
      ]);
      const values = pairs.map((pair) => pair.value);
      attention.push({
        kind: 'field',
        field: prefix + key,
        values,
        base: ov,
        ...(origins ? { origins: pairs.map((pair) => pair.origin) } : {}),
      });
      value = values[0];
    }
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/**
 * The attention lists of two sides, merged three-way like the fields: an entry one side resolved
 * since the base stays resolved, an entry either side added is kept, and two conflicts over one
 * field become one holding every value.
 */
export function mergeAttention(
  base: readonly Attention[],
  a: readonly Attention[],
  b: readonly Attention[],
): Attention[] {
  const keyOf = (entry: Attention) => stableJson(entry);
  const inBase = new Set(base.map(keyOf));
  const inA = new Set(a.map(keyOf));
  const inB = new Set(b.map(keyOf));
  const kept = new Map<string, Attention>();
  for (const entry of [...a, ...b]) {
    const key = keyOf(entry);
    const bothHave = inA.has(key) && inB.has(key);
    if (bothHave || !inBase.has(key)) kept.set(key, entry);
  }
  return combineSameField([...kept.values()]);
}

/** Adds new entries to a list, one entry per field. */
export function withAttention(existing: readonly Attention[], added: readonly Attention[]): Attention[] {
  return combineSameField([...existing, ...added]);
}

function combineSameField(entries: Attention[]): Attention[] {
  const out: Attention[] = [];
  for (const entry of entries) {
    const same = out.find(
      (other) =>
        other.kind === entry.kind &&
        (entry.kind !== 'field' || (other.kind === 'field' && other.field === entry.field)),
    );
    if (!same) out.push(entry);
    else if (same.kind === 'field' && entry.kind === 'field') {
      const pairs = same.values.map((value, i) => ({ value, origin: same.origins?.[i] ?? null }));
      entry.values.forEach((value, i) => {
        const origin = entry.origins?.[i] ?? null;
        const known = pairs.find((pair) => sameValue(pair.value, value));
        if (!known) pairs.push({ value, origin });
        else if (known.origin === null) known.origin = origin;
      });
      const sorted = byValue(pairs);
      const combined: FieldAttention = { ...same, values: sorted.map((pair) => pair.value) };
      if (same.origins || entry.origins) combined.origins = sorted.map((pair) => pair.origin);
      else delete combined.origins;
      out[out.indexOf(same)] = combined;
    }
  }
  return out.sort((x, y) => (stableJson(x) < stableJson(y) ? -1 : 1));
}

/** Values in one fixed order (by their JSON), each with who made it, so every laptop lists them alike. */
function byValue<T extends { value: unknown }>(pairs: T[]): T[] {
  return [...pairs].sort((x, y) => (stableJson(x.value) < stableJson(y.value) ? -1 : 1));
}
