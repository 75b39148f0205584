/**
 * A workspace document is never changed in place: every change makes new objects (immer) and
 * keeps the rest, which is what lets a save reuse the bytes of unchanged records and the screen
 * redraw only what changed. Freezing the objects turns a mistaken change in place into an error
 * instead of a change that silently never reaches the file.
 *
 * Immer freezes what it sees when it first touches each part of a document. On a freshly read
 * workspace of millions of values that costs the first few changes half a second each, so a
 * newly read document is frozen here instead, a slice at a time, between other work.
 */

/** How long one slice may run before giving way. */
const SLICE_MS = 8;

/**
 * Freezes everything reachable from `root`, giving way after each slice by awaiting `nextTurn`.
 * Parts already frozen (by immer, or an earlier call) are skipped with everything under them.
 */
export async function freezeInSlices(root: unknown, nextTurn: () => Promise<unknown>): Promise<void> {
  const pending: object[] = typeof root === 'object' && root !== null ? [root] : [];
  while (pending.length > 0) {
    const until = performance.now() + SLICE_MS;
    // Checking the clock every object would cost more than the freezing; every 256 is enough.
    for (let count = 0; pending.length > 0 && (count % 256 !== 0 || performance.now() < until); count += 1) {
      const value = pending.pop()!;
      if (Object.isFrozen(value)) continue;
      Object.freeze(value);
      for (const child of Object.values(value)) {
        if (typeof child === 'object' && child !== null) pending.push(child);
      }
    }
    if (pending.length > 0) await nextTurn();
  }
}
