import { CommandError } from '../errors';
import type { Attention, Body } from './merge';

/** How a person settles one thing the merge could not: a value kept, or a combined one typed. */
export type Resolution =
  | { choose: number }
  | { value: unknown }
  /** For a record deleted on one laptop and changed on another: keep it, or delete it after all. */
  | { keep: boolean };

/**
 * Settles one entry of a record's attention list. Returns the record as it should now be (null
 * when the person chose to delete it after all) and the list without that entry. Pure: the
 * engine writes the result as an ordinary change, so it replicates to every member and the
 * entry disappears from their lists too.
 */
export function resolveAttention(
  body: Body,
  attention: readonly Attention[],
  index: number,
  resolution: Resolution,
): { body: Body | null; attention: Attention[] } {
  const entry = attention[index];
  if (!entry) throw new CommandError('That conflict has already been settled.');
  const rest = attention.filter((_, i) => i !== index);
  if (entry.kind === 'deletedAndEdited') {
    if (!('keep' in resolution)) throw new CommandError('Choose whether to keep this record or delete it.');
    return { body: resolution.keep ? body : null, attention: rest };
  }
  let value: unknown;
  if ('choose' in resolution) {
    if (!Number.isInteger(resolution.choose) || resolution.choose < 0 || resolution.choose >= entry.values.length)
      throw new CommandError('Choose one of the values shown.');
    value = entry.values[resolution.choose];
  } else if ('value' in resolution) value = resolution.value;
  else throw new CommandError('Choose one of the values, or type the combined one.');
  return { body: setAt(body, entry.field.split('.'), value), attention: rest };
}

function setAt(body: Body, path: string[], value: unknown): Body {
  const [head, ...rest] = path as [string, ...string[]];
  const next: Body = { ...body };
  if (rest.length === 0) {
    if (value === undefined) delete next[head];
    else next[head] = value;
  } else {
    const inner = next[head];
    next[head] = setAt(inner !== null && typeof inner === 'object' ? (inner as Body) : {}, rest, value);
  }
  return next;
}
