import { z } from 'zod';

/**
 * A value rebuilt from what its schema says it may hold, never from what it holds.
 *
 * The workspace schemas are loose on purpose (src/model/workspace.ts): a field written by a newer
 * version survives a save by this one. That is right for the coalition's own file and wrong for
 * anything sent outside it, where an unknown field (a `transcript`, a `contactPerson`) may hold
 * anything. This walks the schema and the value together and keeps only the keys each object's
 * schema names, at every depth, so a collection or a nested object added to src/model/ later is
 * covered without a list to keep up to date.
 *
 * A part of a value the schema does not describe is left out. A kind of schema this walk does not
 * know (`z.unknown()`, a record, a tuple) also keeps nothing: leaving data out is the safe failure,
 * and the share-safe tests, which check that the copy is a valid workspace, show it at once.
 */

type Schema = z.core.$ZodType;

export interface KeepKnownOptions {
  /**
   * Called for every string a free-text field holds (a name, a note, a title; not an id, a date,
   * a time or a choice from a list), with the field's own string schema; returns the text to keep.
   */
  text?: (value: string, schema: Schema) => string;
}

/** Marks a value that is left out: an object drops the key, a list drops the element. */
const LEFT_OUT = Symbol('left out');

export function keepKnown(schema: Schema, value: unknown, options: KeepKnownOptions = {}): unknown {
  const kept = rebuild(schema, value, options);
  return kept === LEFT_OUT ? undefined : kept;
}

function rebuild(schema: Schema, value: unknown, options: KeepKnownOptions): unknown {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  switch (def.type) {
    case 'object':
      return rebuildObject(def.shape as Record<string, Schema>, value, options);
    case 'array':
      if (!Array.isArray(value)) return LEFT_OUT;
      return value.map((element) => rebuild(def.element as Schema, element, options)).filter((e) => e !== LEFT_OUT);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      if (value === undefined) return LEFT_OUT;
      if (value === null) return def.type === 'nullable' ? null : rebuild(def.innerType as Schema, value, options);
      return rebuild(def.innerType as Schema, value, options);
    case 'pipe':
      // A transform's input side is the shape of the stored value (long text, policy text).
      return rebuild(def.in as Schema, value, options);
    case 'union':
      return rebuildUnion(def.options as Schema[], value, options);
    case 'string':
      if (typeof value !== 'string') return LEFT_OUT;
      return options.text && isFreeText(schema) ? options.text(value, schema) : value;
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'null':
      return value === null || typeof value !== 'object' ? value : LEFT_OUT;
    default:
      return LEFT_OUT;
  }
}

function rebuildObject(shape: Record<string, Schema>, value: unknown, options: KeepKnownOptions): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return LEFT_OUT;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(shape)) {
    if (!Object.hasOwn(source, key)) continue;
    const kept = rebuild(fieldSchema, source[key], options);
    if (kept !== LEFT_OUT) out[key] = kept;
  }
  return out;
}

/**
 * A union (a recurrence rule, a quorum rule) is rebuilt by the option the value is: the keys one
 * kind of rule knows are not those of another.
 */
function rebuildUnion(choices: Schema[], value: unknown, options: KeepKnownOptions): unknown {
  const match = choices.find((choice) => z.safeParse(choice, value).success);
  return match ? rebuild(match, value, options) : LEFT_OUT;
}

/**
 * Free text is a string the person typed in their own words. A string with a fixed format (an id,
 * a date, a time: `z.iso.*`, or a pattern) is not: it is a reference or a value the app reads.
 */
function isFreeText(schema: Schema): boolean {
  const def = schema._zod.def as z.core.$ZodStringDef;
  if ((def as { format?: unknown }).format !== undefined) return false;
  return !(def.checks ?? []).some((check) => (check._zod.def as { check: string }).check === 'string_format');
}
