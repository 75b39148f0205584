import type { DocumentField, WorkspaceView } from '../../src/api/workspaceMethods';
import type { WorkspaceDocument } from '../../src/workspace/document';

/** A workspace on the screen: what the main process says about it, and its document. */
export type OpenWorkspace = WorkspaceView & {
  doc: WorkspaceDocument;
  /** The fields of `doc` read so far while the rest is on its way; null once it is all here. */
  loaded: ReadonlySet<DocumentField> | null;
  /** Settles when the whole document is here (at once when it already is). */
  whenLoaded: Promise<void>;
};

/** While a workspace's document is being read: which file, and how much has arrived (0 to 1). */
export interface Opening {
  fileName: string;
  progress: number;
}

/** What the window knows of the open workspace at one moment. */
export interface WorkspaceSnapshot {
  /** null while loading, or when no workspace is open. */
  view: OpenWorkspace | null;
  /** True until the main process has said which workspace is open, if any. */
  loading: boolean;
  /** Set while a workspace's document is being read (the previous one, if any, stays in `view`). */
  opening: Opening | null;
  /** True while a change, undo or redo is on its way to the main process. */
  saving: boolean;
}

/**
 * The open workspace as a store the screens subscribe to (React's useSyncExternalStore), rather
 * than a context value: a change to one action item then renders again only the screens whose
 * selection it changed, not every screen that can make a change. Each snapshot is a new object;
 * the parts a change did not touch (immer shares them) stay the same objects, so a selection
 * of them is unchanged.
 */
export class WorkspaceStore {
  private snapshot: WorkspaceSnapshot = { view: null, loading: true, opening: null, saving: false };
  private readonly listeners = new Set<() => void>();

  readonly get = (): WorkspaceSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: Partial<WorkspaceSnapshot>): void {
    const current = this.snapshot;
    const keys = Object.keys(change) as Array<keyof WorkspaceSnapshot>;
    if (keys.every((key) => current[key] === change[key])) return;
    this.snapshot = { ...current, ...change };
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * The document as a reader of only these collections sees it: the same object as before as long
 * as none of them (nor the coalition's details, which every read includes) changed, so that reader
 * is not drawn again for a change elsewhere in the workspace.
 */
export function sameForFields(
  previous: WorkspaceDocument | null,
  next: WorkspaceDocument | null,
  fields: readonly DocumentField[],
): boolean {
  if (previous === next) return true;
  if (!previous || !next || previous.coalition !== next.coalition) return false;
  return fields.every((field) => previous[field] === next[field]);
}
