import { z } from 'zod';
import { CoalitionDetailsInput } from '../../model/coalition';
import type { WorkspaceDocument } from '../../model/workspace';
import type { BackupInfo } from '../../workspace/backups';
import type { ChangeReply, SaveState } from '../../workspace/session';
import { method } from '../method';
import type { RecentEntry } from '../platform';

/** Everything the screen needs to show an open workspace. */
export interface WorkspaceView {
  filePath: string;
  fileName: string;
  doc: WorkspaceDocument;
  revision: number;
  save: SaveState;
  undo: string | null;
  redo: string | null;
  /** Set when the file was in an older format and has been brought up to date. */
  migratedFrom: number | null;
}

export interface AppInfo {
  version: string;
  recent: RecentEntry[];
}

const Empty = z.strictObject({});

export const workspaceMethods = {
  getAppInfo: method<AppInfo>('The app version and the recently opened workspaces.')(Empty),
  getWorkspace: method<WorkspaceView | null>('The open workspace, or null when none is open.')(Empty),
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
  saveWorkspaceAs: method<WorkspaceView | null>('Saves the open workspace to a new file and continues there.')(Empty),
  closeWorkspace: method<null>('Closes the open workspace after saving it.')(Empty),
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
  openExternalLink: method<null>('Opens an https or mailto link in the browser or mail program.')(
    z.strictObject({ url: z.string().min(1).max(2048) }),
  ),
};
