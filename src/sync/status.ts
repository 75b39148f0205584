/**
 * What the header says about sync, from what the engine knows. Nothing here blocks typing: the
 * workspace file is saved as always, and sync catches up when it can.
 */
export interface SyncStatus {
  /** 'signed-out': the workspace is connected, but this computer does not hold the password. */
  connection: 'synced' | 'syncing' | 'offline' | 'failed' | 'signed-out';
  /** Changes made on this laptop that the server has not yet received. */
  waiting: number;
  conflicts: number;
  /** Why sync failed, in words: "the password was refused". */
  failure?: string;
}

export function statusLine(status: SyncStatus): string {
  if (status.connection === 'signed-out') return 'Sign in to sync';
  if (status.connection === 'failed') return `Sync failed: ${status.failure ?? 'the server did not answer'}`;
  if (status.connection === 'offline')
    return status.waiting === 0
      ? 'Offline'
      : `Offline — ${status.waiting} ${status.waiting === 1 ? 'change' : 'changes'} waiting`;
  if (status.conflicts > 0) return `${status.conflicts} ${status.conflicts === 1 ? 'conflict' : 'conflicts'}`;
  if (status.connection === 'syncing') return 'Syncing…';
  return 'Synced';
}
