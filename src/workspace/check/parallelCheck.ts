import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { isCollectionName } from '../document';
import { recordChunks, type RecordChunk } from '../fileLayout';
import { RunClaims } from './claims';
import type { CheckReply, CheckRequest } from './checkWorker';
import { stringsInText } from './duplicateKeys';
import { checkRecords, type ChunkOutcome } from './recordChecks';

/**
 * The full check of a large file, shared between threads. Checking every field is most of the
 * cost of opening a file from elsewhere, and each record is checked on its own, so the work
 * divides into runs of records. Other threads start on the runs while the main thread is still
 * reading the file; once it has read it, the main thread checks runs too, from the records it
 * read, until none are left.
 *
 * Starting a thread costs tens of milliseconds, so small files are checked on the main thread.
 */
export type StartCheckWorker = () => Worker;

/** What the threads found: how many records of each list passed, and the ones the check changed. */
export interface CheckedLists {
  counts: Map<string, number>;
  /** By list, then by place in the list: the checked record that replaces the one read. */
  changed: Map<string, Map<number, unknown>>;
  /** How many strings the rest of the file holds (header, history): for the caller's check of it. */
  stringsOutsideRuns: number;
}

export interface ParallelCheck {
  /**
   * Checks the runs left on this thread, from `record` (the document as read), then gathers what
   * the other threads found. Null when some record did not pass or a thread failed: the caller
   * then checks the whole file itself, which says why.
   */
  finish(record: Record<string, unknown>): Promise<CheckedLists | null>;
  /** Stops the threads: the file needs no check after all, or it is not in the layout. */
  cancel(): void;
}

/** Below this, the threads would take longer to start than the check takes. */
export const PARALLEL_CHECK_FROM_BYTES = 8 * 1024 * 1024;
/** About a hundredth of a large file: small enough to share evenly, large enough to cost nothing to hand out. */
const CHUNK_BYTES = 1024 * 1024;
/** Threads beyond the main one; more than this gain little, since all of them share the memory. */
const MAX_WORKERS = 4;

/** One thread for each processor but the one the main thread reads the file on. */
export function defaultCheckWorkers(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

export function startParallelCheck(
  bytes: Uint8Array,
  startWorker: StartCheckWorker,
  workerCount: number = defaultCheckWorkers(),
): ParallelCheck | null {
  if (bytes.byteLength < PARALLEL_CHECK_FROM_BYTES || !looksLikeLayout(bytes)) return null;
  // The threads start first: loading their code takes longer than what follows here.
  const workers: Worker[] = [];
  for (let n = 0; n < workerCount; n += 1) {
    try {
      workers.push(startWorker());
    } catch {
      break; // The threads that did start, and the main one, share the runs.
    }
  }
  // Only the collections' records: other lists (the history) are checked with the rest of the document.
  const chunks = recordChunks(bytes, CHUNK_BYTES)?.filter((chunk) => isCollectionName(chunk.key)) ?? [];
  const shared = inSharedMemory(bytes, chunks.length > 0);
  const claims = new RunClaims(chunks.length);
  const replies = workers.map(
    (worker) =>
      new Promise<CheckReply | null>((resolve) => {
        worker.once('message', resolve);
        worker.once('error', () => resolve(null));
        worker.once('exit', () => resolve(null));
        worker.postMessage({ bytes: shared, chunks, claims: claims.shared } satisfies CheckRequest);
      }),
  );
  const stop = () => {
    claims.giveUp();
    for (const worker of workers) void worker.terminate();
  };

  return {
    cancel: stop,
    async finish(record) {
      if (chunks.length === 0) {
        stop();
        return null;
      }
      const outcomes: CheckReply = [];
      for (let run = claims.next(); run !== null; run = claims.next()) {
        const chunk = chunks[run]!;
        const list = record[chunk.key];
        const outcome: ChunkOutcome = Array.isArray(list)
          ? checkRecords(chunk, list.slice(chunk.firstIndex, chunk.firstIndex + chunk.count), bytes)
          : { ok: false };
        outcomes.push({ run, outcome });
        if (!outcome.ok) {
          claims.giveUp();
          break;
        }
      }
      const answers = await Promise.all(replies);
      stop();
      if (answers.some((answer) => answer === null)) return null;
      for (const answer of answers) outcomes.push(...answer!);
      // Every run, once each: a thread that stopped early leaves some out.
      if (outcomes.length !== chunks.length || new Set(outcomes.map(({ run }) => run)).size !== chunks.length)
        return null;
      const checked: CheckedLists = {
        counts: new Map(),
        changed: new Map(),
        stringsOutsideRuns: stringsBetween(bytes, chunks),
      };
      for (const { run, outcome } of outcomes) {
        if (!outcome.ok) return null;
        const { key } = chunks[run]!;
        checked.counts.set(key, (checked.counts.get(key) ?? 0) + outcome.count);
        for (const { index, value } of outcome.changed) {
          let byIndex = checked.changed.get(key);
          if (!byIndex) checked.changed.set(key, (byIndex = new Map()));
          byIndex.set(index, value);
        }
      }
      return checked;
    },
  };
}

/** The strings of the file outside the runs (in the file's order, as recordChunks makes them). */
function stringsBetween(bytes: Uint8Array, chunks: RecordChunk[]): number {
  let strings = 0;
  let from = 0;
  for (const chunk of chunks) {
    strings += stringsInText(bytes, from, chunk.start);
    from = chunk.end;
  }
  return strings + stringsInText(bytes, from, bytes.length);
}

/** Whether the bytes start as a file in the layout does ("{" on a line of its own, then a field). */
function looksLikeLayout(bytes: Uint8Array): boolean {
  return bytes[0] === 0x7b && bytes[1] === 0x0a && bytes[2] === 0x22;
}

/** The bytes in memory the threads can share: as they are if they already are, else a copy. */
function inSharedMemory(bytes: Uint8Array, needed: boolean): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const shared = new Uint8Array(new SharedArrayBuffer(needed ? bytes.byteLength : 0));
  if (needed) shared.set(bytes);
  return shared;
}
