import { z } from 'zod';
import { CoalitionDetailsInput } from '../coalition/model';
import type { HistoryEntry } from '../model/historyEntry';
import { HISTORY_LIMIT } from '../model/historyEntry';
import type { BackupInfo } from '../workspace/backups';
import { COLLECTIONS } from '../workspace/document';
import type { ReadOnlyInfo } from '../workspace/lock';
import type { SavedExport } from './context';
import { method } from './method';
import type { RecentEntry } from './platform';
import { type ChangeReply, type SaveState } from '../workspace/sessionTypes';

/**
 * Everything the screen needs to show an open workspace but the document itself, which can be
 * tens of megabytes and is fetched in parts with readWorkspaceDocument (once per opening; after
 * that, each change sends only what it changed).
 */
export interface WorkspaceView {
  filePath: string;
  fileName: string;
  /** Which opening of the file this is: revisions count from the start again with each one. */
  sessionId: string;
  /** The document's revision: it goes up by one with every change, undo and redo. */
  revision: number;
  save: SaveState;
  undo: string | null;
  redo: string | null;
  /** Set when the file was in an older format and has been brought up to date. */
  migratedFrom: number | null;
  /**
   * Set when another copy of the app (here or on another computer) has the file open: who, where,
   * since when, and `message`, a sentence for the banner. Changes are refused while it is set;
   * reloadWorkspace tries again.
   */
  readOnly: ReadOnlyInfo | null;
  /**
   * Set on a copy just made with Save As of a shared workspace: the copy is not shared (it would
   * send its changes beside the original's), and this is the file that still is.
   */
  copyOfSharedFile?: string;
}

/**
 * One part of the open document's bytes (the text of a workspace file, see
 * src/workspace/fileLayout.ts): the parts 0 to parts - 1 of one session and revision, joined, are its JSON.
 */
export interface DocumentPart {
  sessionId: string;
  revision: number;
  part: number;
  parts: number;
  /** The size of the whole document, for a progress bar. */
  totalBytes: number;
  bytes: Uint8Array;
}

/** The top-level fields of a document the screen may ask for on their own (readWorkspaceDocument). */
export const DOCUMENT_FIELDS = ['schemaVersion', 'coalition', 'history', ...COLLECTIONS] as const;
export const DocumentField = z.enum(DOCUMENT_FIELDS);
export type DocumentField = z.infer<typeof DocumentField>;

/** The size of a document part: small enough for any IPC channel, large enough to be few. */
export const DOCUMENT_PART_BYTES = 8 * 1024 * 1024;

/** What checkForOutsideChange found (the screen asks when its window regains focus). */
export interface OutsideChange {
  /** The file on disk is not what this window last read or wrote (a sync client, another computer). */
  changed: boolean;
  /** The file is gone from where it was opened (moved, renamed, deleted). */
  missing: boolean;
  /** This window holds changes not yet in the file (a failed save); reloading would lose them. */
  unsavedChanges: boolean;
  readOnly: ReadOnlyInfo | null;
}

export interface AppInfo {
  version: string;
  recent: RecentEntry[];
}

const Empty = z.strictObject({});

export const workspaceMethods = {
  getAppInfo: method<AppInfo>('The app version and the recently opened workspaces.')(Empty),
  getWorkspace: method<WorkspaceView | null>('The open workspace, or null when none is open.')(Empty),
  readWorkspaceDocument: method<DocumentPart>(
    'One part of the open workspace document, as the UTF-8 bytes of its JSON. Read parts 0, 1, 2... until "parts"; if "sessionId" or "revision" changes on the way, the document changed: start again. With "fields", only those top-level fields of the document (the screen reads what its first page needs, then the rest).',
  )(z.strictObject({ part: z.number().int().min(0).max(100_000), fields: z.array(DocumentField).min(1).max(DOCUMENT_FIELDS.length).optional() })),
  createWorkspace: method<WorkspaceView | null>(
    'Starts a new coalition: asks where to save the file, creates it and opens it. Null if the person cancelled.',
  )(CoalitionDetailsInput),
  openWorkspace: method<WorkspaceView | null>('Asks which workspace file to open and opens it. Null if cancelled.')(Empty),
  openRecentWorkspace: method<WorkspaceView>('Opens a workspace from the recent list (only paths on that list).')(
    z.strictObject({ path: z.string().min(1).max(4096) }),
  ),
  forgetRecentWorkspace: method<RecentEntry[]>('Removes a file from the recent list.')(
    z.strictObject({ path: z.string().min(1).max(4096) }),
  ),
  openSampleWorkspace: method<WorkspaceView | null>(
    'Copies the sample coalition to a file the person chooses and opens the copy. Null if cancelled.',
  )(Empty),
  saveWorkspaceAs: method<WorkspaceView | null>(
    'Saves the open workspace to a new file and continues there. The copy of a shared workspace is not shared (copyOfSharedFile names the file that still is); a file that is shared is never replaced.',
  )(Empty),
  closeWorkspace: method<null>(
    'Closes the open workspace after saving it. If its changes cannot be saved it stays open and says why, unless discardUnsavedChanges is true.',
  )(z.strictObject({ discardUnsavedChanges: z.boolean().optional() })),
  revealWorkspaceInFolder: method<null>('Shows the workspace file in the computer’s file browser.')(Empty),
  undo: method<ChangeReply | null>('Undoes the last change. Null if there is nothing to undo.')(Empty),
  redo: method<ChangeReply | null>('Redoes the last undone change. Null if there is nothing to redo.')(Empty),
  listBackups: method<BackupInfo[]>('The backups of the open workspace, newest first.')(Empty),
  restoreBackup: method<WorkspaceView>(
    'Restores a backup. "current": over the open workspace (backed up first). "failed-open": for the file that just failed to open; the damaged file is kept beside its backups.',
  )(
    z.strictObject({
      id: z.string().min(1).max(200),
      target: z.enum(['current', 'failed-open']),
    }),
  ),
  saveWorkspace: method<SaveState>(
    'Saves the open workspace now; after a failed save, tries again. Returns the save state ("failed" with a message if it still cannot).',
  )(Empty),
  checkForOutsideChange: method<OutsideChange>(
    'Whether the workspace file was changed, moved or deleted outside this window since it was read or saved. Never writes.',
  )(Empty),
  reloadWorkspace: method<WorkspaceView>(
    'Reads the workspace file again (after a change made elsewhere; or, when read-only, to try to take it over). Refused if this window holds unsaved changes, unless discardUnsavedChanges is true.',
  )(z.strictObject({ discardUnsavedChanges: z.boolean().optional() })),
  listHistory: method<HistoryEntry[]>(
    `The workspace's history of changes, undos and redos, newest first (at most ${HISTORY_LIMIT.toLocaleString('en-US')}).`,
  )(z.strictObject({ limit: z.number().int().min(1).max(HISTORY_LIMIT).optional() })),
  exportShareSafeCopy: method<SavedExport | null>(
    'Saves a share-safe copy of the workspace (no contact details, private notes, lived experience or history; private people withheld) where the person chooses. Null if cancelled.',
  )(Empty),
  openExternalLink: method<null>('Opens an https or mailto link in the browser or mail program.')(
    z.strictObject({ url: z.string().min(1).max(2048) }),
  ),
};
