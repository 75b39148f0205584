import type { Patch } from 'immer';
import { CommandError } from '../errors';
import type { AtomicWriteOptions } from './atomicWrite';
import type { CheckedFiles } from './checkedFiles';
import type { StartCheckWorker } from './check/parallelCheck';
import type { ReadOnlyInfo } from './lock';

/** What a workspace session is given and answers (src/workspace/session.ts), apart from the session itself. */

/**
 * One open workspace: the document in memory, the file it belongs to, undo and redo, the
 * history, the save queue, and the lock that makes this window the file's only writer. Every
 * change goes through `execute`, which applies a named command and starts saving it.
 *
 * For the app's screens (`replyBeforeSave`), a change is answered as soon as it is applied and
 * the save follows a moment later, off the path of the person's typing: saves are queued (one at
 * a time) and debounced (a burst of changes is written once), and `onSaveState` says when each
 * has reached the disk or failed. Otherwise (scripts, tests) a change resolves once it is saved.
 *
 * When another copy of the app holds the lock, the session is read-only: the document can be
 * read, and every change is refused with a ReadOnlyError naming who has the file open.
 */
export interface SessionOptions {
  now?: () => Date;
  defaultTimeZone?: string;
  backupIntervalMs?: number;
  /** How many changes Edit › Undo can go back (default 500). */
  undoLimit?: number;
  /** How many history entries are kept at least (default HISTORY_LIMIT, 1,000). */
  historyLimit?: number;
  /** Take the lock beside the file (default true). Only tests of other parts turn it off. */
  lock?: boolean;
  /** How long a lock whose holder stopped refreshing it is honoured (see lock.ts). */
  lockStaleMs?: number;
  /** Called when this session loses its lock and becomes read-only. */
  onLockLost?: () => void;
  /** Passed to the atomic writer; tests use it to simulate a rename another program blocks. */
  writeOptions?: AtomicWriteOptions;
  /** The files this app saved, by hash: opening one of them again skips the full check. */
  checkedFiles?: CheckedFiles;
  /** Starts a thread that checks records: a large file from elsewhere is then checked on several. */
  checkWorkers?: StartCheckWorker;
  /** Answer a change once it is applied, and save it a moment later (see above). */
  replyBeforeSave?: boolean;
  /** With replyBeforeSave: how long after a change its save starts, so a burst is written once (default 150 ms). */
  saveDelayMs?: number;
  /** Called whenever a save reaches the disk or fails, with the new state and the revision saved. */
  onSaveState?: (state: SaveState, savedRevision: number) => void;
}

export type SaveState = { state: 'saved'; at: string } | { state: 'saving' } | { state: 'failed'; message: string };

export interface ChangeReply<R = unknown> {
  revision: number;
  patches: Patch[];
  /** What the command returned, e.g. the id of a new record. */
  result: R;
  description: string;
  save: SaveState;
  /** What Edit › Undo and Redo would now do, for the menu labels. */
  undo: string | null;
  redo: string | null;
}

/** A change refused because this window may only read the workspace. */
export class ReadOnlyError extends CommandError {
  constructor(readonly info: ReadOnlyInfo) {
    super(info.message);
    this.name = 'ReadOnlyError';
  }
}
