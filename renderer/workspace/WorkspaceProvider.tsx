import { applyPatches, enablePatches, type Patch } from 'immer';
import { notifications } from '@mantine/notifications';
import {
  createContext,
  use,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { CommandName } from '../../src/api/features';
import type { CommandResult, MethodInput } from '../../src/api/contract';
import type { DocumentField, WorkspaceView } from '../../src/api/workspaceMethods';
import type { AppEvent } from '../../src/api/platform';
import { freezeInSlices } from '../../src/model/freeze';
import { COLLECTIONS, type WorkspaceDocument } from '../../src/workspace/document';
import { primeMentionIndex } from '../../src/stakeholders/mentionIndex';
import { call, onAppEvent } from '../api/client';
import { loadDocument } from './loadDocument';
import { firstRead, patchesFor, restOf, withEmptyRest } from './partialDocument';
import { READ_ONLY_NOTICE_ID, readOnlyRefusal } from './readOnlyRefusal';
import { type ChangeReply, type SaveState } from '../../src/workspace/sessionTypes';
import {
  WorkspaceStore,
  sameForFields,
  type Opening,
  type OpenWorkspace,
  type WorkspaceSnapshot,
} from './workspaceStore';

export type { OpenWorkspace, Opening } from './workspaceStore';

enablePatches();

/**
 * Holds the open workspace on the screen. The main process owns the file; this keeps a copy of
 * the document, read once when the workspace opens (loadDocument) and then updated from the
 * patches each change returns, so a change to one stakeholder does not send the whole
 * workspace back across.
 *
 * A large workspace is read in two parts when the page being opened says what it reads
 * (partialDocument.ts): that page shows as soon as its part is here, and the rest follows.
 *
 * Saving happens after each change is answered: the reply says "saving", and a 'save-state'
 * event says when the file has it (or that it could not be saved).
 */

/** A change's reply with its result typed by the command (the contract's own type), so screens read it without casts. */
export type CommandReply<C extends CommandName> = ChangeReply<CommandResult<C>>;

/** What a screen can ask of the open workspace; each of these is the same function for the window's life. */
export interface WorkspaceActions {
  /** Applies a named command (see src/commands) and returns what it returned. Throws ApiError on refusal. */
  run<C extends CommandName>(command: C, input: MethodInput<C>): Promise<CommandReply<C>>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Show the workspace the main process answered with after open/create/reload, or none. */
  setView(view: WorkspaceView | null): void;
  refresh(): Promise<void>;
}

type WorkspaceState = WorkspaceSnapshot & WorkspaceActions;

const StoreContext = createContext<WorkspaceStore | null>(null);
const ActionsContext = createContext<WorkspaceActions | null>(null);

/** Gives way to the screen between slices of background work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A promise and the function that settles it. */
function settlement(): { promise: Promise<void>; settle: () => void } {
  let settle = () => {};
  const promise = new Promise<void>((resolve) => (settle = resolve));
  return { promise, settle };
}
const LOADED = Promise.resolve();

/** How many times the rest of a document is read again when changes keep landing meanwhile. */
const REST_ATTEMPTS = 5;

/**
 * `firstFields` says which collections the page being opened reads (the route's area declares
 * them); null when it reads the whole document, which is then read at once.
 */
export function WorkspaceProvider({
  children,
  firstFields,
}: {
  children: ReactNode;
  firstFields?: () => readonly DocumentField[] | null;
}) {
  const [store] = useState(() => new WorkspaceStore());
  /** The view as of now, for callbacks that run between renders. */
  const viewRef = useRef<OpenWorkspace | null>(null);
  /** Calls to the main process on their way. */
  const inFlight = useRef(0);
  const setOpening = useCallback((opening: Opening | null) => store.update({ opening }), [store]);
  /** The newest save the main process reported, which may arrive before the change it saved. */
  const lastSave = useRef<{ save: SaveState; savedRevision: number } | null>(null);
  /** Counts view requests, so a document that finishes loading late never replaces a newer one. */
  const request = useRef(0);
  /** Settles the promise pages wait on while the rest of the document is read. */
  const pending = useRef<{ promise: Promise<void>; settle: () => void } | null>(null);
  const firstFieldsRef = useRef(firstFields);

  const show = useCallback(
    (next: OpenWorkspace | null) => {
      viewRef.current = next;
      store.update({ view: next });
    },
    [store],
  );

  /** The save state to show for a revision, given what the latest save event said. */
  const saveStateFor = useCallback((revision: number, reported: SaveState): SaveState => {
    const saved = lastSave.current;
    return saved && saved.savedRevision >= revision ? saved.save : reported;
  }, []);

  /** Shows a whole document, and lets every page waiting for it go on. */
  const showWhole = useCallback(
    (next: WorkspaceView, doc: WorkspaceDocument, sessionId: string, revision: number) => {
      show({ ...next, doc, sessionId, revision, loaded: null, whenLoaded: LOADED });
      pending.current?.settle();
      pending.current = null;
      // Freeze the document a slice at a time now, rather than all at once at the first change;
      // then note what each record mentions, so asking what a deletion would touch is quick.
      void freezeInSlices(doc, nextTask).then(() =>
        primeMentionIndex(
          COLLECTIONS.map((name) => doc[name] as unknown as ReadonlyArray<{ id: string } & Record<string, unknown>>),
          nextTask,
        ),
      );
    },
    [show],
  );

  /**
   * Reads what the first part left out and puts it beside it, once the two are of one revision:
   * a change answered meanwhile is in the rest, but its patches may not have reached the window.
   */
  const readRest = useCallback(
    async (ticket: number, first: DocumentField[]) => {
      try {
        for (let attempt = 0; attempt < REST_ATTEMPTS; attempt += 1) {
          const rest = await loadDocument(() => {}, restOf(first));
          const current = viewRef.current;
          if (ticket !== request.current || !current || current.sessionId !== rest.sessionId) return;
          if (current.revision === rest.revision) {
            showWhole(current, { ...current.doc, ...rest.doc }, current.sessionId, current.revision);
            return;
          }
          await nextTask();
        }
        const whole = await loadDocument(() => {});
        const current = viewRef.current;
        if (ticket === request.current && current) showWhole(current, whole.doc, whole.sessionId, whole.revision);
      } catch (error) {
        if (ticket !== request.current) return;
        notifications.show({
          color: 'red',
          title: 'The coalition could not be shown',
          message: (error as Error).message,
          autoClose: false,
        });
      }
    },
    [showWhole],
  );

  /**
   * Shows a view: with the document already on the screen when it is the same file at the same
   * revision, otherwise after reading the document from the main process.
   */
  const setView = useCallback(
    (next: WorkspaceView | null) => {
      const ticket = (request.current += 1);
      const current = viewRef.current;
      if (!next) {
        setOpening(null);
        show(null);
        return;
      }
      if (current && current.sessionId === next.sessionId && current.revision === next.revision) {
        show({ ...current, ...next, save: saveStateFor(next.revision, next.save) });
        return;
      }
      lastSave.current = null;
      // Another file gets the opening screen; the same file read again (reloaded, restored, taken
      // over) keeps showing what it showed until the new document is here.
      const sameFile = current !== null && current.filePath === next.filePath;
      if (sameFile) show({ ...current, ...next, sessionId: current.sessionId, revision: current.revision });
      else setOpening({ fileName: next.fileName, progress: 0 });
      // The same file read again keeps its page on the screen meanwhile, so it is read whole.
      const pageReads = sameFile ? null : (firstFieldsRef.current?.() ?? null);
      const first = pageReads ? firstRead(pageReads) : undefined;
      void loadDocument((progress) => {
        if (ticket === request.current && !sameFile) setOpening({ fileName: next.fileName, progress });
      }, first)
        .then(({ doc, sessionId, revision }) => {
          if (ticket !== request.current) return;
          // The revision read is the document's own: a change made meanwhile is included in it.
          if (first) {
            pending.current?.settle();
            pending.current = settlement();
            show({
              ...next,
              doc: withEmptyRest(doc, first),
              sessionId,
              revision,
              loaded: new Set(first),
              whenLoaded: pending.current.promise,
            });
            setOpening(null);
            // After the first page is drawn: reading the rest meanwhile would hold that page back.
            requestAnimationFrame(() => setTimeout(() => void readRest(ticket, first), 0));
            return;
          }
          showWhole(next, doc, sessionId, revision);
          setOpening(null);
        })
        .catch((error: unknown) => {
          if (ticket !== request.current) return;
          setOpening(null);
          notifications.show({
            color: 'red',
            title: 'The coalition could not be shown',
            message: (error as Error).message,
            autoClose: false,
          });
        });
    },
    [saveStateFor, show, showWhole, readRest, setOpening],
  );

  /** Counts a call to the main process as in flight until it settles. */
  const track = useCallback(
    async <T,>(work: () => Promise<T>): Promise<T> => {
      store.update({ saving: (inFlight.current += 1) > 0 });
      try {
        return await work();
      } finally {
        store.update({ saving: (inFlight.current -= 1) > 0 });
      }
    },
    [store],
  );

  const refresh = useCallback(async () => {
    try {
      setView(await call('getWorkspace'));
    } catch (error) {
      // Without an answer the welcome screen is still usable (open, create); say what happened.
      notifications.show({
        color: 'red',
        title: 'Could not read the open workspace',
        message: (error as Error).message,
        autoClose: false,
      });
    } finally {
      store.update({ loading: false });
    }
  }, [setView, store]);

  const absorb = useCallback(
    async (reply: ChangeReply | null) => {
      const current = viewRef.current;
      if (!reply || !current) return;
      if (reply.revision !== current.revision + 1) {
        // Out of step (another change landed first): take the view, and the document, again.
        await refresh();
        return;
      }
      const doc = applyPatches(current.doc, patchesFor(reply.patches as Patch[], current.loaded)) as WorkspaceDocument;
      show({
        ...current,
        doc,
        revision: reply.revision,
        save: saveStateFor(reply.revision, reply.save),
        undo: reply.undo,
        redo: reply.redo,
      });
    },
    [refresh, saveStateFor, show],
  );

  /** A save finished: show its outcome, unless changes made since are still on their way. */
  const absorbSave = useCallback(
    (event: Extract<AppEvent, { type: 'save-state' }>) => {
      lastSave.current = { save: event.save, savedRevision: event.savedRevision };
      const current = viewRef.current;
      if (current && (event.savedRevision >= current.revision || event.save.state === 'failed')) {
        show({ ...current, save: event.save });
      }
      if (event.save.state === 'failed') {
        notifications.show({ color: 'red', title: 'Not saved', message: event.save.message, autoClose: false });
      }
    },
    [show],
  );

  /**
   * A change refused because the file is open elsewhere: say so once, whichever screen asked, and
   * fetch the view so the read-only banner shows (the lock may have been lost since it was read).
   */
  const noticeReadOnly = useCallback(
    (error: unknown): boolean => {
      const holder = readOnlyRefusal(error);
      if (!holder) return false;
      notifications.show({
        id: READ_ONLY_NOTICE_ID,
        color: 'yellow',
        title: 'Nothing was changed',
        message: holder.message,
        autoClose: 8000,
      });
      if (!viewRef.current?.readOnly) void refresh();
      return true;
    },
    [refresh],
  );

  const run = useCallback(
    async <C extends CommandName>(command: C, input: MethodInput<C>) => {
      // The contract types each command's reply as ChangeReply<its result>; for a name still generic
      // here the compiler cannot reduce MethodOutput<C> to that, so it is said once, in this place.
      const callCommand = call as (method: C, input: MethodInput<C>) => Promise<CommandReply<C>>;
      try {
        const reply = await track(() => callCommand(command, input));
        await absorb(reply);
        return reply;
      } catch (error) {
        noticeReadOnly(error);
        throw error;
      }
    },
    [absorb, noticeReadOnly, track],
  );

  /** Undo and redo are fired from buttons and shortcuts that do not wait: their refusals are shown here. */
  const step = useCallback(
    async (method: 'undo' | 'redo') => {
      try {
        const reply = await track(() => call(method));
        if (reply)
          notifications.show({
            message: `${method === 'undo' ? 'Undone' : 'Redone'}: ${reply.description}`,
            autoClose: 2500,
          });
        await absorb(reply);
      } catch (error) {
        if (!noticeReadOnly(error)) notifications.show({ color: 'red', message: (error as Error).message });
      }
    },
    [absorb, noticeReadOnly, track],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  useEffect(() => {
    void refresh();
    return onAppEvent((event) => {
      if (event.type === 'workspace-changed') void refresh();
      if (event.type === 'save-state') absorbSave(event);
      // Other members' changes, applied by sync in the main process: taken like a change of our own.
      if (event.type === 'changes-from-others') void absorb(event.reply);
    });
  }, [refresh, absorbSave, absorb]);

  const actions = useMemo(() => ({ run, undo, redo, setView, refresh }), [run, undo, redo, setView, refresh]);
  return (
    <StoreContext.Provider value={store}>
      <ActionsContext.Provider value={actions}>{children}</ActionsContext.Provider>
    </StoreContext.Provider>
  );
}

function useStore(): WorkspaceStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('The workspace hooks must be used inside WorkspaceProvider.');
  return store;
}

/**
 * Run, undo, redo, setView, refresh: never changing, so a screen that only makes changes is not
 * drawn again when the workspace changes.
 */
export function useWorkspaceActions(): WorkspaceActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useWorkspaceActions must be used inside WorkspaceProvider.');
  return actions;
}

/**
 * One part of the open workspace; the caller is drawn again only when that part changes. `select`
 * must return a part of the snapshot (or a plain value), not a new object each time.
 */
export function useWorkspaceSelector<T>(select: (snapshot: WorkspaceSnapshot) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** Everything at once: drawn again on every change and every save. Prefer the narrower hooks below. */
export function useWorkspace(): WorkspaceState {
  const store = useStore();
  const snapshot = useSyncExternalStore(store.subscribe, store.get);
  const actions = useWorkspaceActions();
  return useMemo(() => ({ ...snapshot, ...actions }), [snapshot, actions]);
}

/** The open document while the rest of it is still being read, or null once it is all here. */
const pendingRest = (snapshot: WorkspaceSnapshot) => (snapshot.view?.loaded ? snapshot.view.whenLoaded : null);

/**
 * The whole open document; only for screens shown while a workspace is open. While a large
 * workspace's rest is still being read, the caller waits (React Suspense) until it is here.
 */
export function useDoc(): WorkspaceDocument {
  const doc = useWorkspaceSelector((snapshot) => snapshot.view?.doc ?? null);
  const rest = useWorkspaceSelector(pendingRest);
  if (!doc) throw new Error('No workspace is open.');
  if (rest) use(rest);
  return doc;
}

/**
 * The open document for a reader of only these collections: shown as soon as they are here, even
 * while the rest is read, and drawn again only when one of them changes. Name every collection the
 * caller reads, or it sees an empty list, or an old one.
 */
export function useCollections(...fields: DocumentField[]): WorkspaceDocument {
  const store = useStore();
  const key = fields.join(' ');
  const seen = useRef<WorkspaceDocument | null>(null);
  const select = useCallback(() => {
    const doc = store.get().view?.doc ?? null;
    // The same object as last time while none of these fields changed (see sameForFields).
    if (!sameForFields(seen.current, doc, key.split(' ') as DocumentField[])) seen.current = doc;
    return seen.current;
  }, [store, key]);
  const doc = useSyncExternalStore(store.subscribe, select);
  const loaded = useWorkspaceSelector((snapshot) => snapshot.view?.loaded ?? null);
  const rest = useWorkspaceSelector(pendingRest);
  if (!doc) throw new Error('No workspace is open.');
  if (rest && loaded && fields.some((field) => !loaded.has(field))) use(rest);
  return doc;
}

/** The coalition's own details (name, community, time zone), which every read includes. */
export function useCoalition(): WorkspaceDocument['coalition'] {
  const coalition = useWorkspaceSelector((snapshot) => snapshot.view?.doc.coalition ?? null);
  if (!coalition) throw new Error('No workspace is open.');
  return coalition;
}
