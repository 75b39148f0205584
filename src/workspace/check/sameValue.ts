/**
 * Whether two JSON values hold the same data: the same lists in the same order, the same fields
 * with the same values. The order of an object's fields does not matter, as it does not to any
 * JSON reader.
 *
 * It is how a checked record is compared with the record as read: the schema makes a new object
 * of every record it checks, and when that object holds exactly what was read (nothing trimmed,
 * no default added), the record as read is kept, with its bytes for the first save.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
