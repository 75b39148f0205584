import type { WorkspaceSession } from '../workspace/session';
import type { ExportKind, Platform } from './platform';

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
}
