import type { SyncStatus } from '../sync/status';
import { type ChangeReply, type SaveState } from '../workspace/sessionTypes';
/**
 * What the API needs from the world outside the domain: file dialogs, the recent-files list,
 * the folder view, the browser for links, and a way to tell the screen something happened.
 * The Electron main process provides the real ones; the browser test host provides ones that
 * answer with the paths it was started with.
 */

/** `citinvite`: an invitation to a shared coalition (src/sync/invitation.ts). */
export type ExportKind = 'docx' | 'csv' | 'vcf' | 'ics' | 'json' | 'zip' | 'citinvite';

export type AppEvent =
  | { type: 'menu'; action: MenuAction }
  | { type: 'workspace-changed' }
  /** A save of the open workspace finished: `save` is the state now, `savedRevision` the revision in the file. */
  | { type: 'save-state'; save: SaveState; savedRevision: number }
  /** What sync knows now (connected workspaces only): the header shows it in words (statusLine). */
  | { type: 'sync-status'; status: SyncStatus | null }
  /** Changes made by other members arrived and were applied: the screen takes them like a change of its own. */
  | { type: 'changes-from-others'; reply: ChangeReply };

export type MenuAction = 'new-coalition' | 'settings' | 'undo' | 'redo' | 'backups' | 'history';

export interface RecentEntry {
  path: string;
  name: string;
  openedAt: string;
}

/** Which password: the sync server's address and the account on it. */
export interface SecretKey {
  server: string;
  account: string;
}

/**
 * Passwords kept by the operating system's secure storage (Electron's safeStorage), never in a
 * workspace file or a log. `set` refuses, with a plain message, where that storage is missing.
 */
export interface SecretStore {
  get(key: SecretKey): Promise<string | null>;
  set(key: SecretKey, password: string): Promise<void>;
  delete(key: SecretKey): Promise<void>;
}

export interface Platform {
  appVersion: string;
  /** Where the bundled sample coalition lives (read only; it is copied before opening). */
  samplePath: string;
  chooseNewWorkspaceFile(suggestedName: string): Promise<string | null>;
  chooseWorkspaceToOpen(): Promise<string | null>;
  chooseExportFile(suggestedName: string, kind: ExportKind): Promise<string | null>;
  revealInFolder(filePath: string): void;
  /** Opens a web or mail link in the user's browser or mail program (already allow-listed). */
  openExternal(url: string): Promise<void>;
  recentFilesPath: string;
  /** Where the app lists the workspace files it saved, by hash (src/workspace/checkedFiles.ts). */
  checkedFilesPath: string;
  notify(event: AppEvent): void;
  /** The sync passwords (see SecretStore). */
  secrets: SecretStore;
}
