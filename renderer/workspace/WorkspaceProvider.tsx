import { applyPatches, enablePatches, type Patch } from 'immer';
import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CommandName } from '../../src/commands/registry';
import type { MethodInput } from '../../src/api/contract';
import type { WorkspaceView } from '../../src/api/methods/workspace';
import type { ChangeReply } from '../../src/workspace/session';
import type { WorkspaceDocument } from '../../src/model/workspace';
import { call, onAppEvent } from '../api/client';
import { READ_ONLY_NOTICE_ID, readOnlyRefusal } from './readOnlyRefusal';

enablePatches();

/**
 * Holds the open workspace on the screen. The main process owns the file; this keeps a copy of
 * the document, updated from the patches each change returns, so a change to one stakeholder
 * does not send the whole workspace back across.
 */
interface WorkspaceState {
  /** null while loading, or when no workspace is open. */
  view: WorkspaceView | null;
  loading: boolean;
  /** True while a change, undo or redo is on its way to the file (the header shows "Saving…"). */
  saving: boolean;
  /** Applies a named command (see src/commands) and returns what it returned. Throws ApiError on refusal. */
  run<C extends CommandName>(command: C, input: MethodInput<C>): Promise<ChangeReply>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Replace the view after open/create/close, or fetch it again. */
  setView(view: WorkspaceView | null): void;
  refresh(): Promise<void>;
}

const WorkspaceContext = createContext<WorkspaceState | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [view, setViewState] = useState<WorkspaceView | null>(null);
  const [loading, setLoading] = useState(true);
  const [inFlight, setInFlight] = useState(0);
  const viewRef = useRef<WorkspaceView | null>(null);

  /** Counts a call to the main process as in flight until it settles, for the "Saving…" status. */
  const track = useCallback(async <T,>(work: () => Promise<T>): Promise<T> => {
    setInFlight((n) => n + 1);
    try {
      return await work();
    } finally {
      setInFlight((n) => n - 1);
    }
  }, []);

  const setView = useCallback((next: WorkspaceView | null) => {
    viewRef.current = next;
    setViewState(next);
  }, []);

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
      setLoading(false);
    }
  }, [setView]);

  const absorb = useCallback(
    async (reply: ChangeReply | null) => {
      const current = viewRef.current;
      if (!reply || !current) return;
      if (reply.revision !== current.revision + 1) {
        // Out of step (another change landed first): take the whole document again.
        await refresh();
        return;
      }
      const doc = applyPatches(current.doc, reply.patches as Patch[]) as WorkspaceDocument;
      setView({ ...current, doc, revision: reply.revision, save: reply.save, undo: reply.undo, redo: reply.redo });
      if (reply.save.state === 'failed') {
        notifications.show({ color: 'red', title: 'Not saved', message: reply.save.message, autoClose: false });
      }
    },
    [refresh],
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
      const callCommand = call as (method: C, input: MethodInput<C>) => Promise<ChangeReply>;
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
      // 'save-state': a save finished or failed outside a change (e.g. on close); fetch the status.
      if (event.type === 'workspace-changed' || event.type === 'save-state') void refresh();
    });
  }, [refresh]);

  const saving = inFlight > 0;
  const value = useMemo(
    () => ({ view, loading, saving, run, undo, redo, setView, refresh }),
    [view, loading, saving, run, undo, redo, setView, refresh],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceState {
  const state = useContext(WorkspaceContext);
  if (!state) throw new Error('useWorkspace must be used inside WorkspaceProvider.');
  return state;
}

/** The open document; only for screens shown while a workspace is open. */
export function useDoc(): WorkspaceDocument {
  const { view } = useWorkspace();
  if (!view) throw new Error('No workspace is open.');
  return view.doc;
}
