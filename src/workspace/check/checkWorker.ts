/**
 * A thread that checks runs of records of a workspace file being opened (parallelCheck.ts). It
 * is given the file's bytes and the runs in shared memory, claims runs until none are left, and
 * answers once with the outcome of each run it checked.
 */
import { parentPort } from 'node:worker_threads';
import type { RecordChunk } from '../fileLayout';
import { RunClaims } from './claims';
import { checkChunk, type ChunkOutcome } from './recordChecks';

export interface CheckRequest {
  bytes: Uint8Array;
  chunks: RecordChunk[];
  claims: SharedArrayBuffer;
}

export type CheckReply = Array<{ run: number; outcome: ChunkOutcome }>;

parentPort?.once('message', ({ bytes, chunks, claims: shared }: CheckRequest) => {
  const claims = new RunClaims(chunks.length, shared);
  const reply: CheckReply = [];
  for (let run = claims.next(); run !== null; run = claims.next()) {
    const outcome = checkChunk(bytes, chunks[run]!);
    reply.push({ run, outcome });
    if (!outcome.ok) {
      claims.giveUp();
      break;
    }
  }
  parentPort?.postMessage(reply);
});
