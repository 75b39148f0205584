import path from 'node:path';
import type { Command } from '../commands/define';
import { systemTimeZone } from '../model/dates';
import { backUpCurrentFile, findBackup, listBackups } from '../workspace/backups';
import { restoreBackupFile } from '../workspace/restore';
import { readWorkspaceFile } from '../workspace/documentFile';
import { encodeLayout } from '../workspace/fileLayout';
import { WorkspaceFileError } from '../workspace/errors';
import { WorkspaceLock } from '../workspace/lock';
import { realPathOf } from '../workspace/realPath';
import { forgetRecent, readRecent, rememberRecent } from '../workspace/recentFiles';
import { WorkspaceSession } from '../workspace/session';
import { shareSafeCopy } from '../workspace/shareSafe';
import { isAllowedExternalUrl } from './externalLinks';
import { type Handlers } from './dispatcher';
import { DOCUMENT_PART_BYTES, type DocumentField, type DocumentPart, type WorkspaceView } from './workspaceMethods';
import { sliceOfPieces, type BytePieces } from '../workspace/bytePieces';
import { CheckedFilesList } from '../workspace/checkedFiles';
import type { SaveState } from '../workspace/sessionTypes';
import type { Platform } from './platform';
import type { ServiceContext } from './context';
import { writeExportFile } from '../workspace/exportFile';
import { COMMANDS, featureHandlers } from './features';
import { NotAllowedError, NotFoundError } from '../errors';
import { type SessionOptions } from '../workspace/sessionTypes';
import { SyncService } from '../sync/service';

export const WORKSPACE_EXTENSION = '.cit.json';

/**
 * The app's behaviour behind the API: which workspace is open, and what each method does with
 * it. It knows nothing of Electron or HTTP; the platform supplies dialogs and the outside world.
 */
export class AppService {
  private session: WorkspaceSession | null = null;
  /** The last file that failed to open, so its backup can be restored without the screen sending a path. */
  private failedOpen: string | null = null;
  /** The document's bytes while the screen reads them in parts (readWorkspaceDocument). */
  private documentBeingRead: { session: WorkspaceSession; revision: number; fields: string; bytes: BytePieces } | null =
    null;

  /** The workspace Save As just made from a shared one (not shared itself), and that shared file. */
  private copyOfShared: { sessionId: string; sharedFile: string } | null = null;

  /** What feature handlers (src/api/handlers/) are given. */
  readonly context: ServiceContext;
  readonly handlers: Handlers;

  private readonly sessionOptions: SessionOptions;
  /** Sharing: started with each connected workspace this opens, stopped when it closes. */
  readonly sync: SyncService;

  constructor(
    private readonly platform: Platform,
    sessionOptions: SessionOptions = {},
  ) {
    this.sessionOptions = {
      checkedFiles: new CheckedFilesList(platform.checkedFilesPath),
      // The screen gets its answer at once; the save follows (see WorkspaceSession).
      replyBeforeSave: true,
      ...sessionOptions,
      onSaveState: (save, savedRevision) => {
        sessionOptions.onSaveState?.(save, savedRevision);
        this.platform.notify({ type: 'save-state', save, savedRevision });
      },
      // The lock was lost (the laptop slept past it, or the file was opened elsewhere): the
      // session is read-only now, and the screen fetches the view to show why.
      onLockLost: () => {
        sessionOptions.onLockLost?.();
        this.platform.notify({ type: 'workspace-changed' });
      },
    };
    this.sync = new SyncService({
      secrets: platform.secrets,
      notify: (event) => platform.notify(event),
      sessionOptions: this.sessionOptions,
    });
    this.context = this.buildContext();
    this.handlers = this.buildHandlers();
  }

  get current(): WorkspaceSession | null {
    return this.session;
  }

  /** Opens a file by path: the main process uses this for a file given on the command line or the Recent menu. */
  async openPath(filePath: string): Promise<WorkspaceView> {
    let opened: WorkspaceSession;
    try {
      opened = await WorkspaceSession.open(filePath, this.sessionOptions);
    } catch (error) {
      if (error instanceof WorkspaceFileError) {
        // Its backups are beside the real file, wherever the link it was opened by is (realPath.ts).
        this.failedOpen = await realPathOf(filePath);
        error.offer = await this.newestGoodBackup(this.failedOpen);
      }
      throw error;
    }
    return this.adopt(opened);
  }

  async flush(): Promise<void> {
    await this.session?.save();
  }

  /**
   * For quitting: saves, then lets go of the workspace's lock so another copy of the app can
   * take it at once. Returns the save state, so the caller can ask before losing changes that
   * could not be saved (state 'failed').
   */
  async close(): Promise<SaveState | null> {
    const session = this.session;
    if (!session) return null;
    await this.sync.settled();
    await this.sync.detach();
    const state = session.readOnly ? session.saveState : await session.save();
    await session.close();
    this.session = null;
    return state;
  }

  private buildContext(): ServiceContext {
    return {
      requireSession: () => this.requireSession(),
      platform: this.platform,
      now: () => this.sessionOptions.now?.() ?? new Date(),
      sync: this.sync,
      openNewWorkspace: (suggestedName, make) =>
        this.intoNewFile(`${safeFileStem(suggestedName)}${WORKSPACE_EXTENSION}`, make, 'before-closing'),
      saveExport: async (suggestedName, kind, bytes) => {
        // A copy of a workspace (kind 'json') is itself a workspace file, named like one.
        const extension = kind === 'json' ? WORKSPACE_EXTENSION : `.${kind}`;
        const stem = safeFileStem(suggestedName.replace(/(\.cit)?\.[a-z]+$/i, ''));
        const target = await this.platform.chooseExportFile(stem + extension, kind);
        return target ? writeExportFile(target, bytes) : null;
      },
    };
  }

  private buildHandlers(): Handlers {
    return {
      getAppInfo: async () => ({
        version: this.platform.appVersion,
        recent: await readRecent(this.platform.recentFilesPath),
      }),

      getWorkspace: async () => (this.session ? this.view(this.session) : null),

      readWorkspaceDocument: async ({ part, fields }) => this.documentPart(this.requireSession(), part, fields),

      createWorkspace: (input) =>
        this.intoNewFile(
          `${safeFileStem(input.name)}${WORKSPACE_EXTENSION}`,
          (target) =>
            WorkspaceSession.create(
              target,
              { name: input.name, community: input.community, timeZone: input.timeZone ?? this.defaultTimeZone() },
              this.sessionOptions,
            ),
          'after-closing',
        ),

      openWorkspace: async () => {
        const target = await this.platform.chooseWorkspaceToOpen();
        if (!target) return null;
        await this.closeCurrent();
        return this.openPath(target);
      },

      openRecentWorkspace: async ({ path: filePath }) => {
        const recent = await readRecent(this.platform.recentFilesPath);
        if (!recent.some((entry) => entry.path === filePath)) {
          throw new NotAllowedError('That file is not on the list of recent workspaces. Use Open to choose it.');
        }
        await this.closeCurrent();
        return this.openPath(filePath);
      },

      forgetRecentWorkspace: async ({ path: filePath }) => forgetRecent(this.platform.recentFilesPath, filePath),

      openSampleWorkspace: async () => {
        const sample = await readWorkspaceFile(this.platform.samplePath, { defaultTimeZone: this.defaultTimeZone() });
        return this.intoNewFile(
          `Sample - ${safeFileStem(sample.doc.coalition.name)}${WORKSPACE_EXTENSION}`,
          (target) => WorkspaceSession.fromDocument(target, sample.doc, this.sessionOptions),
          'after-closing',
        );
      },

      saveWorkspaceAs: async () => {
        const session = this.requireSession();
        const target = await this.platform.chooseNewWorkspaceFile(path.basename(session.filePath));
        if (!target || target === session.filePath) return target ? this.view(session) : null;
        // A file that is shared keeps its connection beside it: the copy written there would
        // take that connection over, unasked, and send itself to that coalition.
        if (await this.sync.isShared(target))
          throw new NotAllowedError(
            `“${path.basename(target)}” is shared with a committee, so it was not replaced. Choose another name for the copy.`,
          );
        // The copy is never shared by itself: two files of one laptop sending changes to one
        // database would each take the other's for a member's. The original stays shared; the
        // screen says so (copyOfSharedFile).
        const sharedFile = (await this.sync.isShared(session.filePath)) ? session.filePath : null;
        // Sync stops before the copy is taken, so nothing it applies lands in the original only.
        await this.sync.settled();
        await this.sync.detach();
        let moved: WorkspaceSession;
        try {
          await backUpCurrentFile(target, new Date());
          moved = await session.saveAs(target, this.sessionOptions);
        } catch (error) {
          this.sync.attachInBackground(session);
          throw error;
        }
        await this.closeCurrent();
        this.copyOfShared = sharedFile ? { sessionId: moved.id, sharedFile } : null;
        return this.adopt(moved);
      },

      closeWorkspace: async ({ discardUnsavedChanges }) => {
        await this.closeCurrent(discardUnsavedChanges === true);
        return null;
      },

      saveWorkspace: async () => this.requireSession().save(),

      checkForOutsideChange: async () => {
        const session = this.requireSession();
        const missing = await session.isMissingOnDisk();
        return {
          changed: missing || (await session.changedOnDisk()),
          missing,
          unsavedChanges: session.hasUnsavedChanges(),
          readOnly: session.readOnly,
        };
      },

      reloadWorkspace: async ({ discardUnsavedChanges }) => {
        const session = this.requireSession();
        if (session.hasUnsavedChanges() && discardUnsavedChanges !== true) {
          throw new NotAllowedError(
            'This window holds changes that are not saved in the file. Reloading would lose them: use File › Save As to keep them first, or choose to discard them.',
          );
        }
        await session.reload();
        this.platform.notify({ type: 'workspace-changed' });
        return this.view(session);
      },

      listHistory: async ({ limit }) => this.requireSession().listHistory(limit),

      exportShareSafeCopy: async () => {
        const session = this.requireSession();
        const copy = shareSafeCopy(session.doc, this.context.now());
        return this.context.saveExport(`${session.doc.coalition.name} (share-safe)`, 'json', encodeLayout(copy));
      },

      revealWorkspaceInFolder: async () => {
        this.platform.revealInFolder(this.requireSession().filePath);
        return null;
      },

      undo: async () => this.requireSession().undo(),
      redo: async () => this.requireSession().redo(),

      listBackups: async () => listBackups(this.requireSession().filePath),

      restoreBackup: async ({ id, target }) => {
        const filePath = target === 'current' ? this.requireSession().filePath : this.failedOpen;
        if (!filePath) throw new NotAllowedError('There is no workspace to restore a backup for.');
        const readOnly = target === 'current' ? this.requireSession().readOnly : null;
        if (readOnly)
          throw new NotAllowedError(
            `${readOnly.message} Restore the backup on the computer that has it open, or once it is closed there.`,
          );
        const backup = await findBackup(filePath, id);
        if (!backup) throw new NotFoundError('That backup no longer exists.');
        // Check the backup before anything on disk is touched.
        await readWorkspaceFile(backup.filePath, { defaultTimeZone: this.defaultTimeZone() });
        if (target === 'current') await this.closeCurrent();
        // Never write over a file another copy of the app is using.
        const attempt = await WorkspaceLock.acquire(filePath, { staleMs: this.sessionOptions.lockStaleMs });
        if (!attempt.acquired) throw new NotAllowedError(`${attempt.holder.message} The backup was not restored.`);
        try {
          await restoreBackupFile(filePath, backup, target === 'current' ? 'readable' : 'damaged', new Date());
        } finally {
          await attempt.lock.release();
        }
        this.failedOpen = null;
        return this.openPath(filePath);
      },

      openExternalLink: async ({ url }) => {
        if (!isAllowedExternalUrl(url)) throw new NotAllowedError('Only web (https) and email links can be opened.');
        await this.platform.openExternal(url);
        return null;
      },

      ...this.commandHandlers(),
      ...featureHandlers(this.context),
    };
  }

  private commandHandlers() {
    const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const command of Object.values(COMMANDS) as Command[]) {
      // The dispatcher has checked the input against this command's schema: apply, not execute.
      handlers[command.name] = (input) => this.requireSession().apply(command, input);
    }
    return handlers as Pick<Handlers, keyof typeof COMMANDS>;
  }

  requireSession(): WorkspaceSession {
    if (!this.session)
      throw new NotAllowedError('No workspace is open. Create a coalition or open a workspace file first.');
    return this.session;
  }

  view(session: WorkspaceSession): WorkspaceView {
    return {
      filePath: session.filePath,
      fileName: path.basename(session.filePath),
      sessionId: session.id,
      revision: session.revision,
      save: session.saveState,
      undo: session.undoDescription,
      redo: session.redoDescription,
      migratedFrom: session.migratedFrom,
      readOnly: session.readOnly,
      ...(this.copyOfShared?.sessionId === session.id ? { copyOfSharedFile: this.copyOfShared.sharedFile } : {}),
    };
  }

  /**
   * Part `part` of the document's bytes. Part 0 takes a snapshot of the current revision (the
   * bytes a save would write, mostly already known); the later parts come from that snapshot,
   * which is let go after the last part. A part asked for without its snapshot (another revision
   * since) starts from the current revision: the screen sees the revision change and starts again.
   */
  private documentPart(session: WorkspaceSession, part: number, fields?: readonly DocumentField[]): DocumentPart {
    let snapshot = this.documentBeingRead;
    const asked = fields?.join(',') ?? '';
    if (
      part === 0 ||
      !snapshot ||
      snapshot.session !== session ||
      snapshot.revision !== session.revision ||
      snapshot.fields !== asked
    ) {
      snapshot = { session, revision: session.revision, fields: asked, bytes: session.documentBytes(fields) };
      this.documentBeingRead = snapshot;
    }
    const totalBytes = snapshot.bytes.length;
    const parts = Math.max(1, Math.ceil(totalBytes / DOCUMENT_PART_BYTES));
    if (part >= parts) throw new NotAllowedError(`The document has ${parts} parts; there is no part ${part}.`);
    const start = part * DOCUMENT_PART_BYTES;
    const bytes = sliceOfPieces(snapshot.bytes, start, Math.min(totalBytes, start + DOCUMENT_PART_BYTES));
    if (part === parts - 1) this.documentBeingRead = null;
    return { sessionId: session.id, revision: snapshot.revision, part, parts, totalBytes, bytes };
  }

  /**
   * Choose a file, close the current workspace, adopt the new one: the steps shared by every way
   * of starting a new workspace file. `make` writes the file at the place the person chose (null:
   * they cancelled, and nothing changes).
   * - 'after-closing': the current workspace is closed first (the chosen file may be the one open
   *   now), and a file already at that place is backed up before it is replaced (the dialog asked
   *   already; the backup is kept anyway).
   * - 'before-closing': the new file is made while the current one stays open, so a refusal
   *   (joining a coalition that says no) leaves the person where they were; if the current one
   *   then cannot be closed, the new one is let go and the current one stays.
   */
  private async intoNewFile(
    suggestedFileName: string,
    make: (target: string) => Promise<WorkspaceSession>,
    when: 'after-closing' | 'before-closing',
  ): Promise<WorkspaceView | null> {
    const target = await this.platform.chooseNewWorkspaceFile(suggestedFileName);
    if (!target) return null;
    if (when === 'after-closing') {
      await this.closeCurrent();
      await backUpCurrentFile(target, new Date());
      return this.adopt(await make(target));
    }
    const made = await make(target);
    try {
      await this.closeCurrent();
    } catch (error) {
      await made.close();
      throw error;
    }
    return this.adopt(made);
  }

  private async adopt(session: WorkspaceSession): Promise<WorkspaceView> {
    this.session = session;
    await rememberRecent(this.platform.recentFilesPath, session.filePath, session.doc.coalition.name, new Date());
    this.platform.notify({ type: 'workspace-changed' });
    this.sync.attachInBackground(session);
    return this.view(session);
  }

  /**
   * Saves and closes the open workspace. Changes that cannot be saved are never dropped silently:
   * the workspace stays open and the person is told, unless they chose to discard them.
   */
  private async closeCurrent(discardUnsavedChanges = false): Promise<void> {
    const session = this.session;
    if (!session) return;
    // Sync stops first, so nothing it applies can land after the last save.
    await this.sync.settled();
    await this.sync.detach();
    const state = session.readOnly ? session.saveState : await session.save();
    if (state.state === 'failed' && session.hasUnsavedChanges() && !discardUnsavedChanges) {
      this.sync.attachInBackground(session);
      throw new NotAllowedError(
        `The latest changes to "${path.basename(session.filePath)}" are not saved, so it was not closed. ${state.message}`,
      );
    }
    await session.close();
    this.session = null;
  }

  private async newestGoodBackup(filePath: string) {
    for (const backup of await listBackups(filePath)) {
      try {
        await readWorkspaceFile(backup.filePath, { defaultTimeZone: this.defaultTimeZone() });
        return { backupId: backup.id, savedAt: backup.savedAt };
      } catch {
        // Try the next older one.
      }
    }
    return null;
  }

  private defaultTimeZone(): string {
    return this.sessionOptions.defaultTimeZone ?? systemTimeZone();
  }
}

/** A file name from a coalition name: no characters that Windows or macOS refuse in names. */
export function safeFileStem(name: string): string {
  const cleaned = name
    // Invisible format characters go: direction controls (U+202A-U+202E, U+2066-U+2069, U+200E/F,
    // U+061C) can make "report\u202Excod.exe" read as "reportexe.docx"; zero-width ones make two
    // names that look the same differ. Lone surrogates cannot be written in a file name.
    .replace(/[\p{Cf}\p{Cs}]/gu, '')
    // eslint-disable-next-line no-control-regex -- finding control characters is the purpose
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return cleaned || 'Coalition';
}
