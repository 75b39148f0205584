import { applyPatches, produceWithPatches, type Patch } from 'immer';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { freezeInSlices } from '../model/freeze';
import { newId } from '../model/ids';
import { systemTimeZone } from '../model/dates';
import { HISTORY_LIMIT, type HistoryEntry, type HistoryKind } from '../model/historyEntry';
import { emptyWorkspace, type WorkspaceDocument } from './document';
import { applyCommand, parseCommandInput } from '../commands/apply';
import { type Command } from '../commands/define';
import { SaveError } from './errors';
import { WorkspaceFileAdapter } from './fileAdapter';
import { WorkspaceLock, type ReadOnlyInfo } from './lock';
import { realPathOf } from './realPath';
import type { BytePieces } from './bytePieces';
import { appendHistory } from './historyAppend';
import { UndoStack } from './undoStack';
import { cannotReplace, claim, ownLock, tidyAfterCrash } from './sessionLock';
import { ReadOnlyError, type ChangeReply, type SaveState, type SessionOptions } from './sessionTypes';
import { CommandError } from '../errors';
import { patchesOverlap } from './patchOverlap';

export class WorkspaceSession {
  /** Tells this opening of the file from any other (revisions start again with each one). */
  readonly id = newId();
  private revisionNumber = 0;
  private savedRevision = 0;
  private saveRun: Promise<SaveState> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private lastSave: SaveState;
  private readonly undoStack: UndoStack;
  private readonly now: () => Date;
  private readonly historyLimit: number;
  private closed = false;

  private constructor(
    private readonly db: Low<WorkspaceDocument>,
    private readonly adapter: WorkspaceFileAdapter,
    private readonly options: SessionOptions,
    private lock: WorkspaceLock | null,
    private readOnlyInfo: ReadOnlyInfo | null,
  ) {
    this.now = options.now ?? (() => new Date());
    this.undoStack = new UndoStack(options.undoLimit ?? 500);
    this.historyLimit = options.historyLimit ?? HISTORY_LIMIT;
    this.lastSave = { state: 'saved', at: this.now().toISOString() };
  }

  /**
   * Opens an existing file: read-only if another copy of the app has it open. Throws
   * WorkspaceFileError (and writes nothing) if it is not good.
   */
  static async open(given: string, options: SessionOptions = {}): Promise<WorkspaceSession> {
    // The lock, the backups and every write go by the real path (realPath.ts says why).
    const filePath = await realPathOf(given);
    const access = await claim(filePath, options);
    try {
      if (access.lock) await tidyAfterCrash(filePath);
      const adapter = makeAdapter(filePath, options);
      // The adapter reads and checks the file; lowdb then holds the checked document.
      const db = new Low<WorkspaceDocument>(adapter, await adapter.read());
      const session = new WorkspaceSession(db, adapter, options, access.lock, access.readOnly);
      session.watchLock();
      session.settleDocument();
      return session;
    } catch (error) {
      await access.lock?.release();
      throw error;
    }
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

  /**
   * Writes a document to a (new) file and keeps it open there: New, Save As, a copy of the sample.
   * Refuses (ReadOnlyError) if another copy of the app has that file open.
   */
  static async fromDocument(
    given: string,
    doc: WorkspaceDocument,
    options: SessionOptions = {},
  ): Promise<WorkspaceSession> {
    const filePath = await realPathOf(given);
    const access = await claim(filePath, options);
    if (access.readOnly) throw cannotReplace(filePath, access.readOnly, (options.now ?? (() => new Date()))());
    try {
      const adapter = makeAdapter(filePath, options);
      const db = new Low<WorkspaceDocument>(adapter, doc);
      await db.write();
      const session = new WorkspaceSession(db, adapter, options, access.lock, null);
      session.watchLock();
      return session;
    } catch (error) {
      await access.lock?.release();
      throw error;
    }
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

  /** 'saving' from the moment a change is made until it is in the file. */
  get saveState(): SaveState {
    if (this.lastSave.state === 'failed' && !this.saveRun) return this.lastSave;
    return this.saveRun || this.saveTimer ? { state: 'saving' } : this.lastSave;
  }

  /** Whether the last open skipped the full check because this app wrote those exact bytes. */
  get openedWithoutFullCheck(): boolean {
    return !this.adapter.checkedInFull;
  }

  /** The document as the bytes of a workspace file (what a save writes), or only some of its top-level fields, for the screen to load. */
  documentBytes(fields?: readonly string[]): BytePieces {
    if (!fields) return this.adapter.bytesOf(this.doc);
    // Records the file already holds keep their bytes (the cache is keyed by the records
    // themselves), so a part of the document costs only its share of the whole.
    const doc = this.doc as unknown as Record<string, unknown>;
    const part = Object.fromEntries(fields.filter((f) => Object.hasOwn(doc, f)).map((f) => [f, doc[f]]));
    return this.adapter.bytesOf(part as unknown as WorkspaceDocument);
  }

  /** Who has the file open elsewhere, when this window may only read it; null when it may write. */
  get readOnly(): ReadOnlyInfo | null {
    return this.readOnlyInfo;
  }

  get undoDescription(): string | null {
    return this.undoStack.undoDescription;
  }

  get redoDescription(): string | null {
    return this.undoStack.redoDescription;
  }

  /** How many steps Edit › Undo / Redo can take now. */
  get undoDepth(): number {
    return this.undoStack.undoDepth;
  }

  get redoDepth(): number {
    return this.undoStack.redoDepth;
  }

  /** The workspace's history, newest first. */
  listHistory(limit: number = this.historyLimit): HistoryEntry[] {
    return (this.doc.history ?? []).slice(-limit).reverse();
  }

  /**
   * Applies a command and saves it (with replyBeforeSave: answers at once, with the save state
   * 'saving', and saves a moment later). Throws (changing nothing) if the input or the rule fails.
   */
  /** Checks the input against the command's schema, then applies it: for callers inside the process. */
  async execute<S extends z.ZodType, R>(command: Command<S, R>, input: z.input<S>): Promise<ChangeReply<R>> {
    return this.apply(command, parseCommandInput(command, input));
  }

  /**
   * Applies a command to input already checked against its schema (the dispatcher checks every
   * call from the screen once, at the boundary) and starts saving it.
   */
  async apply<S extends z.ZodType, R>(command: Command<S, R>, input: z.output<S>): Promise<ChangeReply<R>> {
    this.assertWritable();
    const applied = applyCommand(this.doc, command, input, { now: this.now(), newId });
    const logged = this.withHistory(applied.doc, 'change', command.name, applied.description);
    this.commit(logged.doc);
    this.undoStack.record({
      command: command.name,
      description: applied.description,
      patches: applied.patches,
      inversePatches: applied.inversePatches,
    });
    return this.answer([...applied.patches, ...logged.patches], applied.result, applied.description);
  }

  /**
   * Applies changes that came from other members (src/sync/applyChanges.ts): one history entry,
   * saved like any change, but not a step of Edit › Undo, since undoing it would revert someone
   * else's work. Steps that touched the same records are dropped from undo and redo (their
   * patches would now put old values back); the rest keep working.
   */
  async applyFromOthers<S extends z.ZodType, R>(command: Command<S, R>, input: z.output<S>): Promise<ChangeReply<R>> {
    this.assertWritable();
    let result: R | undefined;
    const [next, patches] = produceWithPatches(this.doc, (draft) => {
      result = command.apply(draft, input, { now: this.now(), newId });
    });
    const description = command.describe?.(input, this.doc) ?? command.label;
    const logged = this.withHistory(next, 'change', command.name, description);
    this.commit(logged.doc);
    this.undoStack.dropStale((entry) => patchesOverlap(entry.patches, patches) || patchesOverlap(entry.inversePatches, patches));
    return this.answer([...patches, ...logged.patches], result as R, description);
  }

  async undo(): Promise<ChangeReply | null> {
    this.assertWritable();
    const entry = this.undoStack.takeUndo();
    if (!entry) return null;
    const logged = this.withHistory(
      applyPatches(this.doc, entry.inversePatches),
      'undo',
      entry.command,
      entry.description,
    );
    this.commit(logged.doc);
    return this.answer([...entry.inversePatches, ...logged.patches], null, entry.description);
  }

  async redo(): Promise<ChangeReply | null> {
    this.assertWritable();
    const entry = this.undoStack.takeRedo();
    if (!entry) return null;
    const logged = this.withHistory(applyPatches(this.doc, entry.patches), 'redo', entry.command, entry.description);
    this.commit(logged.doc);
    return this.answer([...entry.patches, ...logged.patches], null, entry.description);
  }

  /**
   * Saves the newest state now. Calls made while a save is running join it, and the run repeats
   * until the file holds the newest revision, so a burst of edits costs few writes. A save that
   * fails leaves the changes in memory and the state 'failed'; calling save again retries.
   */
  save(): Promise<SaveState> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.saveRun ??= this.runSaves().finally(() => {
      this.saveRun = null;
      this.options.onSaveState?.(this.saveState, this.savedRevision);
    });
    return this.saveRun;
  }

  /** Saves a moment after a change; further changes in that moment are written with it. */
  private scheduleSave(): void {
    if (this.saveTimer || this.closed) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.save();
    }, this.options.saveDelayMs ?? 150);
  }

  hasUnsavedChanges(): boolean {
    return this.savedRevision < this.revisionNumber;
  }

  /** Saves the current document to another file and continues there (File › Save As). */
  async saveAs(filePath: string, options: SessionOptions = this.options): Promise<WorkspaceSession> {
    return WorkspaceSession.fromDocument(filePath, this.doc, options);
  }

  /** Whether the file on disk was changed, moved or deleted by someone else since this window read or wrote it. */
  async changedOnDisk(): Promise<boolean> {
    // A save in flight replaces the file before it notes what it wrote: asked meanwhile, the
    // adapter would take this window's own new bytes for someone else's.
    await this.saveRun;
    // Asked by the person's window: compare the bytes, whatever size and time say.
    return this.adapter.changedOnDisk({ compareBytes: true });
  }

  isMissingOnDisk(): Promise<boolean> {
    return this.adapter.isMissing();
  }

  /**
   * Reads the file again, replacing the document in memory (after a change made elsewhere, or to
   * try the lock again when read-only). Undo and redo start afresh: their steps belong to the
   * old document. Unsaved changes are lost, so the caller asks the person first.
   */
  async reload(): Promise<void> {
    if (this.closed) throw new CommandError('This workspace has been closed.');
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.saveRun;
    if (!this.lock?.isHeld && this.options.lock !== false) {
      const access = await claim(this.filePath, this.options);
      if (access.lock) {
        await this.lock?.release();
        this.lock = access.lock;
        this.readOnlyInfo = null;
        await tidyAfterCrash(this.filePath);
        this.watchLock();
      } else {
        this.readOnlyInfo = access.readOnly;
      }
    }
    const doc = await this.adapter.read();
    this.db.data = doc;
    this.settleDocument();
    this.revisionNumber += 1;
    this.savedRevision = this.revisionNumber;
    this.undoStack.clear();
    this.lastSave = { state: 'saved', at: this.now().toISOString() };
  }

  /** Lets go of the file: finishes the save a change started (if any), then releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.saveTimer) await this.save();
    await this.saveRun;
    this.closed = true;
    await this.lock?.release();
  }

  /**
   * Resolves once the work that follows reading the file is done, a slice at a time between other
   * work: the document frozen (src/model/freeze.ts), and the bytes of its records prepared for the
   * first save. Changes may come before; they are simply slower until then.
   */
  settled: Promise<void> = Promise.resolve();

  private settleDocument(): void {
    const doc = this.doc;
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    this.settled = freezeInSlices(doc, nextTurn).then(() => this.adapter.prepareRecords(doc, nextTurn));
  }

  private assertWritable(): void {
    if (this.closed) throw new CommandError('This workspace has been closed. Open it again to make changes.');
    if (this.readOnlyInfo) throw new ReadOnlyError(this.readOnlyInfo);
  }

  /** Adds a history entry in its own step, so undo never removes it (undo adds its own). */
  private withHistory(doc: WorkspaceDocument, kind: HistoryKind, command: string, description: string) {
    const entry = { id: newId(), at: this.now().toISOString(), kind, command, description };
    return appendHistory(doc, entry, this.historyLimit);
  }

  private watchLock(): void {
    // The lock reports its loss through the callback given in claim(); see lockLost().
    if (this.lock) ownLock(this.lock, this);
  }

  /** @internal the lock was lost: stop writing, keep the changes, tell the screen. */
  lockLost(info: ReadOnlyInfo): void {
    if (this.closed) return;
    this.readOnlyInfo = info;
    if (this.hasUnsavedChanges()) this.lastSave = { state: 'failed', message: info.message };
    this.options.onLockLost?.();
  }

  /** The reply to a change just applied: at once, or once it is saved (see replyBeforeSave). */
  private async answer<R>(patches: Patch[], result: R, description: string): Promise<ChangeReply<R>> {
    if (this.options.replyBeforeSave) {
      this.scheduleSave();
      return this.reply(patches, result, description);
    }
    const save = await this.save();
    return { ...this.reply(patches, result, description), save };
  }

  private reply<R>(patches: Patch[], result: R, description: string): ChangeReply<R> {
    return {
      revision: this.revision,
      patches,
      result,
      description,
      save: this.saveState,
      undo: this.undoDescription,
      redo: this.redoDescription,
    };
  }

  private commit(next: WorkspaceDocument): void {
    this.db.data = next;
    this.revisionNumber += 1;
  }

  private async runSaves(): Promise<SaveState> {
    try {
      while (this.savedRevision < this.revisionNumber) {
        if (this.readOnlyInfo) throw new SaveError(this.filePath, this.readOnlyInfo.message);
        const target = this.revisionNumber;
        await this.db.write();
        this.savedRevision = target;
      }
      this.lastSave = { state: 'saved', at: this.now().toISOString() };
    } catch (error) {
      const message =
        error instanceof SaveError ? error.message : `Your changes could not be saved: ${(error as Error).message}`;
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
    writeOptions: options.writeOptions,
    checkedFiles: options.checkedFiles,
    checkWorkers: options.checkWorkers,
  });
}
