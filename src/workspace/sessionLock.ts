import path from 'node:path';
import { removeLeftoverTempFiles } from './atomicWrite';
import { removeLeftoverBackupTempFiles } from './backups';
import { describeHolder, WorkspaceLock, type ReadOnlyInfo } from './lock';
import { ReadOnlyError, type SessionOptions } from './sessionTypes';

/** What a session needs to hear from its lock: that it was lost. */
interface LockOwner {
  lockLost(info: ReadOnlyInfo): void;
}

/** Which session owns each lock, so a lost lock can tell its session (the lock outlives nothing). */
const lockOwners = new WeakMap<WorkspaceLock, LockOwner>();

/** Tells a lock which session to warn when it is lost. */
export function ownLock(lock: WorkspaceLock, owner: LockOwner): void {
  lockOwners.set(lock, owner);
}

/** Takes the lock beside the file, or says who holds it (the session is then read-only). */
export async function claim(
  filePath: string,
  options: SessionOptions,
): Promise<{ lock: WorkspaceLock | null; readOnly: ReadOnlyInfo | null }> {
  if (options.lock === false) return { lock: null, readOnly: null };
  let lock: WorkspaceLock | null = null;
  const attempt = await WorkspaceLock.acquire(filePath, {
    staleMs: options.lockStaleMs,
    now: options.now,
    onCompromised: (info) => {
      if (lock) lockOwners.get(lock)?.lockLost(info);
    },
  });
  if (!attempt.acquired) return { lock: null, readOnly: attempt.holder };
  lock = attempt.lock;
  return { lock, readOnly: null };
}

/** Why a file held by another copy of the app (or in a folder this computer may not change) cannot be written over. */
export function cannotReplace(filePath: string, readOnly: ReadOnlyInfo, now: Date): ReadOnlyError {
  const message = readOnly.by
    ? `"${path.basename(filePath)}" is ${describeHolder(readOnly.since ? readOnly : null, now)}, so it cannot be replaced. Choose another name, or close it there first.`
    : `"${path.basename(filePath)}" cannot be saved there: this computer may not change that folder. Choose another folder.`;
  return new ReadOnlyError({ ...readOnly, message });
}

/** With the lock held, nobody else is saving: temporary files beside the workspace are a crash's leftovers. */
export async function tidyAfterCrash(filePath: string): Promise<void> {
  await removeLeftoverTempFiles(filePath);
  await removeLeftoverBackupTempFiles(filePath);
}
