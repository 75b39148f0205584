import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * sha256 of a workspace's bytes: how a save tells a real change on disk from a mere touch, and
 * how the app recognises bytes it wrote itself (checkedFiles.ts). A large workspace is tens of
 * megabytes, so neither form holds up the main thread for long.
 */

/** The hash of one buffer, computed off the main thread (Web Crypto runs on Node's thread pool). */
export async function sha256(data: Uint8Array): Promise<string> {
  // Bytes in shared memory, which Web Crypto refuses, go to sha256OfShared instead.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return Buffer.from(digest).toString('hex');
}

/**
 * The hash of bytes in shared memory (a large file being checked on several threads), which Web
 * Crypto refuses: computed here and now, a few tens of milliseconds for a large workspace.
 */
export function sha256OfShared(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A few milliseconds of hashing between turns of the event loop. */
const SLICE_BYTES = 4 * 1024 * 1024;

/** The hash of pieces taken one after another, in slices with turns of the event loop between. */
export async function sha256OfPieces(pieces: readonly Uint8Array[]): Promise<string> {
  const hash = createHash('sha256');
  for (const piece of pieces) {
    for (let at = 0; at < piece.byteLength; at += SLICE_BYTES) {
      hash.update(piece.subarray(at, at + SLICE_BYTES));
      await nextTurn();
    }
  }
  return hash.digest('hex');
}
