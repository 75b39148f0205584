import { applyPatches, type Patch } from 'immer';
import { Low } from 'lowdb';
import { newId } from '../model/ids';
import { systemTimeZone } from '../model/dates';
import { emptyWorkspace, type WorkspaceDocument } from '../model/workspace';
import { applyCommand } from '../commands/apply';
import type { Command } from '../commands/define';
import { SaveError } from './errors';
import { WorkspaceFileAdapter } from './fileAdapter';

/**
 * One open workspace: the document in memory, the file it belongs to, undo and redo, and the
 * save queue. Every change goes through `execute`, which applies a named command and saves.
 */
export interface SessionOptions {
  now?: () => Date;
  defaultTimeZone?: string;
  backupIntervalMs?: number;
  undoLimit?: number;
}

export type SaveState =
  | { state: 'saved'; at: string }
  | { state: 'saving' }
  | { state: 'failed'; message: string };

export interface ChangeReply {
  revision: number;
  patches: Patch[];
  /** What the command returned, e.g. the id of a new record. */
  result: unknown;
  description: string;
  save: SaveState;
  /** What Edit › Undo and Redo would now do, for the menu labels. */
  undo: string | null;
  redo: string | null;
}

interface UndoEntry {
  description: string;
  patches: Patch[];
  inversePatches: Patch[];
}

export class WorkspaceSession {
  private revisionNumber = 0;
  private savedRevision = 0;
  private saveRun: Promise<SaveState> | null = null;
  private lastSave: SaveState;
  private readonly undoStack: UndoEntry[] = [];
  private readonly redoStack: UndoEntry[] = [];
  private readonly now: () => Date;
  private readonly undoLimit: number;

  private constructor(
    private readonly db: Low<WorkspaceDocument>,
    private readonly adapter: WorkspaceFileAdapter,
    options: SessionOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.undoLimit = options.undoLimit ?? 500;
    this.lastSave = { state: 'saved', at: this.now().toISOString() };
  }

  /** Opens an existing file. Throws WorkspaceFileError (and writes nothing) if it is not good. */
  static async open(filePath: string, options: SessionOptions = {}): Promise<WorkspaceSession> {
    const adapter = makeAdapter(filePath, options);
    // The adapter reads and checks the file; lowdb then holds the checked document.
    const db = new Low<WorkspaceDocument>(adapter, await adapter.read());
    return new WorkspaceSession(db, adapter, options);
  }

  /** Starts a new coalition in a new file and saves it at once. */
  static async create(
    filePath: string,
    details: { name: string; community: string; timeZone?: string },
    options: SessionOptions = {},
  ): Promise<WorkspaceSession> {
    const now = (options.now ?? (() => new Date()))();
    const doc = emptyWorkspace({
      name: details.name,
      community: details.community,
      timeZone: details.timeZone ?? options.defaultTimeZone ?? systemTimeZone(),
      now,
    });
    return WorkspaceSession.fromDocument(filePath, doc, options);
  }

  /** Writes a document to a (new) file and keeps it open there: New, Save As, a copy of the sample. */
  static async fromDocument(filePath: string, doc: WorkspaceDocument, options: SessionOptions = {}): Promise<WorkspaceSession> {
    const adapter = makeAdapter(filePath, options);
    const db = new Low<WorkspaceDocument>(adapter, doc);
    await db.write();
    return new WorkspaceSession(db, adapter, options);
  }

  get filePath(): string {
    return this.adapter.filePath;
  }

  get doc(): WorkspaceDocument {
    return this.db.data;
  }

  get revision(): number {
    return this.revisionNumber;
  }

  /** The format the file had when opened, if it was older (it is written in today's format). */
  get migratedFrom(): number | null {
    return this.adapter.migratedFrom;
  }

  get saveState(): SaveState {
    return this.saveRun ? { state: 'saving' } : this.lastSave;
  }

  get undoDescription(): string | null {
    return this.undoStack.at(-1)?.description ?? null;
  }

  get redoDescription(): string | null {
    return this.redoStack.at(-1)?.description ?? null;
  }

  /** Applies a command, then saves. Throws (changing nothing) if the input or the rule fails. */
  async execute(command: Command, input: unknown): Promise<ChangeReply> {
    const applied = applyCommand(this.doc, command, input, { now: this.now(), newId });
    this.commit(applied.doc);
    this.pushUndo({ description: applied.description, patches: applied.patches, inversePatches: applied.inversePatches });
    this.redoStack.length = 0;
    const save = await this.save();
    return this.reply(applied.patches, applied.result, applied.description, save);
  }

  async undo(): Promise<ChangeReply | null> {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    this.commit(applyPatches(this.doc, entry.inversePatches));
    this.redoStack.push(entry);
    const save = await this.save();
    return this.reply(entry.inversePatches, null, entry.description, save);
  }

  async redo(): Promise<ChangeReply | null> {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    this.commit(applyPatches(this.doc, entry.patches));
    this.pushUndo(entry);
    const save = await this.save();
    return this.reply(entry.patches, null, entry.description, save);
  }

  /**
   * Saves the newest state. Calls made while a save is running join it, and the run repeats
   * until the file holds the newest revision, so a burst of edits costs few writes.
   */
  save(): Promise<SaveState> {
    this.saveRun ??= this.runSaves().finally(() => {
      this.saveRun = null;
    });
    return this.saveRun;
  }

  hasUnsavedChanges(): boolean {
    return this.savedRevision < this.revisionNumber;
  }

  /** Saves the current document to another file and continues there (File › Save As). */
  async saveAs(filePath: string, options: SessionOptions = {}): Promise<WorkspaceSession> {
    return WorkspaceSession.fromDocument(filePath, this.doc, options);
  }

  changedOnDisk(): Promise<boolean> {
    return this.adapter.changedOnDisk();
  }

  private reply(patches: Patch[], result: unknown, description: string, save: SaveState): ChangeReply {
    return { revision: this.revision, patches, result, description, save, undo: this.undoDescription, redo: this.redoDescription };
  }

  private commit(next: WorkspaceDocument): void {
    this.db.data = next;
    this.revisionNumber += 1;
  }

  private pushUndo(entry: UndoEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > this.undoLimit) this.undoStack.shift();
  }

  private async runSaves(): Promise<SaveState> {
    try {
      while (this.savedRevision < this.revisionNumber) {
        const target = this.revisionNumber;
        await this.db.write();
        this.savedRevision = target;
      }
      this.lastSave = { state: 'saved', at: this.now().toISOString() };
    } catch (error) {
      const message = error instanceof SaveError ? error.message : `Your changes could not be saved: ${(error as Error).message}`;
      this.lastSave = { state: 'failed', message };
    }
    return this.lastSave;
  }
}

function makeAdapter(filePath: string, options: SessionOptions): WorkspaceFileAdapter {
  return new WorkspaceFileAdapter(filePath, {
    migration: { defaultTimeZone: options.defaultTimeZone ?? systemTimeZone() },
    now: options.now ?? (() => new Date()),
    backupIntervalMs: options.backupIntervalMs ?? 60_000,
  });
}
