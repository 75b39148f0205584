import type { Patch } from 'immer';

/** One change as Edit › Undo and Redo know it: its name, and the patches both ways. */
export interface UndoEntry {
  command: string;
  description: string;
  patches: Patch[];
  inversePatches: Patch[];
}

/**
 * The changes this window can undo and redo. A new change clears what could be redone; the
 * oldest change falls off once `limit` are kept.
 */
export class UndoStack {
  private readonly undone: UndoEntry[] = [];
  private readonly done: UndoEntry[] = [];

  constructor(private readonly limit: number) {}

  /** A change just made: it can be undone, and nothing can be redone any more. */
  record(entry: UndoEntry): void {
    this.push(entry);
    this.undone.length = 0;
  }

  /** The change to undo now, moved to the redo side; null when there is none. */
  takeUndo(): UndoEntry | null {
    const entry = this.done.pop();
    if (entry) this.undone.push(entry);
    return entry ?? null;
  }

  /** The change to redo now, moved back to the undo side; null when there is none. */
  takeRedo(): UndoEntry | null {
    const entry = this.undone.pop();
    if (entry) this.push(entry);
    return entry ?? null;
  }

  /**
   * Drops the steps that can no longer be taken safely: the newest step `stale` picks out and
   * every older one (an older step may rest on it), and whatever could be redone if any of it
   * is stale. The newer steps stay, so Edit › Undo keeps working for what did not collide.
   */
  dropStale(stale: (entry: UndoEntry) => boolean): void {
    for (let i = this.done.length - 1; i >= 0; i -= 1) {
      if (stale(this.done[i]!)) {
        this.done.splice(0, i + 1);
        break;
      }
    }
    if (this.undone.some(stale)) this.undone.length = 0;
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }

  get undoDescription(): string | null {
    return this.done.at(-1)?.description ?? null;
  }

  get redoDescription(): string | null {
    return this.undone.at(-1)?.description ?? null;
  }

  get undoDepth(): number {
    return this.done.length;
  }

  get redoDepth(): number {
    return this.undone.length;
  }

  private push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
  }
}
