/**
 * JSON that may come from anyone (a file mailed to the user, a payload from the screen), read
 * without letting it reach an object's prototype or overflow the stack.
 *
 * Keys able to reach a prototype ("__proto__", "constructor", "prototype") never belong to our
 * data: a "__proto__" key copied into an object by assignment would change what that object
 * inherits, so they are removed from files on the way in and refused in API payloads.
 *
 * Deep nesting is checked before anything recursive runs: JSON.parse with a reviver,
 * JSON.stringify, immer and structuredClone all recurse, and a few thousand levels are enough to
 * overflow the stack. No real workspace is nested more than a dozen levels.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonLimits {
  /** How many levels of objects and arrays inside one another. */
  maxDepth: number;
  /** The longest single string (in UTF-16 code units). */
  maxStringLength: number;
  /** How many values in all (objects, arrays, strings, numbers...). */
  maxNodes: number;
}

/**
 * Limits for a workspace file. The longest text field in the app holds 20,000 characters; a
 * string of millions is not a coalition record but a damaged or hostile file. The depth leaves
 * room for fields a newer version of the app may add. A ten-year statewide program holds about
 * 2.3 million values; the count leaves room for forty times that.
 */
export const FILE_LIMITS: JsonLimits = { maxDepth: 64, maxStringLength: 5_000_000, maxNodes: 100_000_000 };

export class JsonShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonShapeError';
  }
}

export function parseJsonSafely(text: string, maxDepth: number = FILE_LIMITS.maxDepth): unknown {
  const depth = jsonTextDepth(text);
  if (depth > maxDepth) {
    throw new JsonShapeError(
      `The data is nested ${depth.toLocaleString('en-US')} levels deep; a workspace never goes beyond ${maxDepth}.`,
    );
  }
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/**
 * The deepest nesting of objects and arrays in a JSON text, found by scanning the characters
 * (brackets inside strings do not count), so the check itself cannot overflow the stack.
 */
export function jsonTextDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i += 1;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth -= 1;
    }
  }
  return deepest;
}

/**
 * What the walk of checkJsonShape saw, for a caller that compares it with the text the value was
 * parsed from: how many strings it holds, keys included (see check/duplicateKeys.ts).
 */
export interface JsonTally {
  strings: number;
}

/**
 * Checks a value already in memory (a parsed file, an API payload) against the limits, walking it
 * with an explicit stack. Returns what is wrong, in words for the person, or null if it is fine.
 * An own key such as "__proto__" is refused (API payloads: the screen never sends one) or
 * removed (files: JSON.parse keeps it as an ordinary key, harmless until something copies it).
 */
export function checkJsonShape(
  value: unknown,
  limits: JsonLimits,
  forbiddenKeys: 'refuse' | 'remove',
  /** Told of each key removed, for callers that must know whether the value changed. */
  onRemoved?: (key: string) => void,
  /** Counted into as the walk goes; what a removed key held is counted too, as it was in the text. */
  tally?: JsonTally,
): string | null {
  // Two parallel stacks rather than one of {value, depth} objects: a large file has millions of values.
  const values: unknown[] = [value];
  const depths: number[] = [0];
  let nodes = 0;
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop()!;
    nodes += 1;
    if (nodes > limits.maxNodes) return `It holds more than ${limits.maxNodes.toLocaleString('en-US')} values.`;
    if (typeof current === 'string') {
      if (tally) tally.strings += 1;
      if (current.length > limits.maxStringLength) {
        return `It holds a text of ${current.length.toLocaleString('en-US')} characters; the limit is ${limits.maxStringLength.toLocaleString('en-US')}.`;
      }
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limits.maxDepth) return `It is nested more than ${limits.maxDepth} levels deep.`;
    if (Array.isArray(current)) {
      for (const item of current) {
        values.push(item);
        depths.push(depth + 1);
      }
      continue;
    }
    // Only plain data is walked; a Date or Map from a structured clone is left for the schema to refuse.
    const proto: unknown = Object.getPrototypeOf(current);
    if (proto !== Object.prototype && proto !== null) continue;
    const keys = Object.keys(current);
    if (tally) tally.strings += keys.length;
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        if (forbiddenKeys === 'refuse') return `It contains the field name "${key}", which is never used.`;
        if (tally) tally.strings += stringsIn((current as Record<string, unknown>)[key]);
        delete (current as Record<string, unknown>)[key];
        onRemoved?.(key);
        continue;
      }
      values.push((current as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
  }
  return null;
}

/** How many strings, keys included, a value holds (walked with a stack, so depth cannot overflow it). */
function stringsIn(value: unknown): number {
  let count = 0;
  const values: unknown[] = [value];
  while (values.length > 0) {
    const current = values.pop();
    if (typeof current === 'string') count += 1;
    else if (Array.isArray(current)) for (const item of current) values.push(item);
    else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      count += keys.length;
      for (const key of keys) values.push((current as Record<string, unknown>)[key]);
    }
  }
  return count;
}
