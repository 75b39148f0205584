import type { Patch } from 'immer';

/**
 * Whether two sets of patches touch the same record (or the same header field). Used when
 * changes arrive from other members: a step Edit › Undo would take that touches a record they
 * changed, or a list whose records moved, would put back an old value over theirs, so that step
 * (and every older one, which may rest on it) is dropped. Patches name array positions, so a
 * record that moved in its list counts as touched (immer writes every moved position).
 */
export function patchesOverlap(a: readonly Patch[], b: readonly Patch[]): boolean {
  const touchedA = touched(a);
  const touchedB = touched(b);
  for (const key of touchedA.records) {
    if (touchedB.records.has(key) || touchedB.wholeLists.has(listOf(key))) return true;
  }
  for (const list of touchedA.wholeLists) {
    if (touchedB.wholeLists.has(list) || [...touchedB.records].some((key) => listOf(key) === list)) return true;
  }
  return false;
}

const listOf = (key: string) => key.slice(0, key.indexOf('#'));

function touched(patches: readonly Patch[]) {
  const records = new Set<string>();
  const wholeLists = new Set<string>();
  for (const { path } of patches) {
    const [top, second] = path;
    if (top === undefined || top === 'history') continue;
    if (top === 'coalition') {
      // Every change stamps the header's time; that alone says nothing about what was changed.
      if (second !== undefined && second !== 'updatedAt') records.add(`coalition#${String(second)}`);
      else if (second === undefined) wholeLists.add('coalition');
      continue;
    }
    if (typeof second === 'number') records.add(`${String(top)}#${second}`);
    else wholeLists.add(String(top));
  }
  return { records, wholeLists };
}
