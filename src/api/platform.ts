import { type SaveState } from '../workspace/sessionTypes';
/**
 * What the API needs from the world outside the domain: file dialogs, the recent-files list,
 * the folder view, the browser for links, and a way to tell the screen something happened.
 * The Electron main process provides the real ones; the browser test host provides ones that
 * answer with the paths it was started with.
 */

export type ExportKind = 'docx' | 'csv' | 'vcf' | 'ics' | 'json' | 'zip';

export type AppEvent =
  | { type: 'menu'; action: MenuAction }
  | { type: 'workspace-changed' }
  /** A save of the open workspace finished: `save` is the state now, `savedRevision` the revision in the file. */
  | { type: 'save-state'; save: SaveState; savedRevision: number };

export type MenuAction = 'new-coalition' | 'settings' | 'undo' | 'redo' | 'backups' | 'history';

export interface RecentEntry {
  path: string;
  name: string;
  openedAt: string;
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
}
