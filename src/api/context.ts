import type { SyncService } from '../sync/service';
import type { WorkspaceSession } from '../workspace/session';
import type { ExportKind, Platform } from './platform';
import type { WorkspaceView } from './workspaceMethods';

export interface SavedExport {
  fileName: string;
  filePath: string;
  sizeBytes: number;
}

/**
 * What a feature's handlers may use: the open workspace and a way to save an export where the
 * person chooses. Features never see the platform's dialogs directly.
 */
export interface ServiceContext {
  requireSession(): WorkspaceSession;
  /** Asks where to save (suggesting a name), writes the bytes, and returns where; null if cancelled. */
  saveExport(suggestedName: string, kind: ExportKind, bytes: Uint8Array | string): Promise<SavedExport | null>;
  platform: Platform;
  now(): Date;
  /** Sharing for the open workspace (src/sync/service.ts). */
  sync: SyncService;
  /**
   * Asks where to save a new workspace file (suggesting a name), lets `make` create it there and
   * opens it in place of the current one. Null if the person cancelled.
   */
  openNewWorkspace(
    suggestedName: string,
    make: (filePath: string) => Promise<WorkspaceSession>,
  ): Promise<WorkspaceView | null>;
}
