/**
 * Why a workspace file could not be opened. Each kind has a message written for the person at
 * the desk, naming the file and what to do next; `details` carries the specifics (which field
 * failed, at which line) for the "Show details" part of the dialog.
 */
export type OpenProblem = 'missing' | 'unreadable' | 'not-json' | 'invalid' | 'newer-version';

export interface BackupOffer {
  backupId: string;
  savedAt: string;
}

export class WorkspaceFileError extends Error {
  /** The newest backup that opens cleanly, when there is one: offered to the person. */
  offer: BackupOffer | null = null;

  constructor(
    readonly problem: OpenProblem,
    readonly filePath: string,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'WorkspaceFileError';
  }
}

/** A save that did not reach the disk. The changes stay in memory and the user is told. */
export class SaveError extends Error {
  constructor(
    readonly filePath: string,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'SaveError';
  }
}
