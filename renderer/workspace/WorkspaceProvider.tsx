import { applyPatches, enablePatches, type Patch } from 'immer';
import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CommandName } from '../../src/commands/registry';
import type { MethodInput } from '../../src/api/contract';
import type { WorkspaceView } from '../../src/api/methods/workspace';
import type { ChangeReply } from '../../src/workspace/session';
import type { WorkspaceDocument } from '../../src/model/workspace';
import { call, onAppEvent } from '../api/client';

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
  const viewRef = useRef<WorkspaceView | null>(null);

  const setView = useCallback((next: WorkspaceView | null) => {
    viewRef.current = next;
    setViewState(next);
  }, []);

  const refresh = useCallback(async () => {
    setView(await call('getWorkspace'));
    setLoading(false);
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

  const run = useCallback(
    async <C extends CommandName>(command: C, input: MethodInput<C>) => {
      const callCommand = call as (method: C, input: MethodInput<C>) => Promise<ChangeReply>;
      const reply = await callCommand(command, input);
      await absorb(reply);
      return reply;
    },
    [absorb],
  );

  const undo = useCallback(async () => {
    const reply = await call('undo');
    if (reply) notifications.show({ message: `Undone: ${reply.description}`, autoClose: 2500 });
    await absorb(reply);
  }, [absorb]);

  const redo = useCallback(async () => {
    const reply = await call('redo');
    if (reply) notifications.show({ message: `Redone: ${reply.description}`, autoClose: 2500 });
    await absorb(reply);
  }, [absorb]);

  useEffect(() => {
    void refresh();
    return onAppEvent((event) => {
      if (event.type === 'workspace-changed') void refresh();
    });
  }, [refresh]);

  const value = useMemo(() => ({ view, loading, run, undo, redo, setView, refresh }), [view, loading, run, undo, redo, setView, refresh]);
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
