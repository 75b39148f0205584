import { useSyncExternalStore } from 'react';

/**
 * Which workspace-wide window is open (the history, the share-safe copy). The header menu and the
 * desktop menu (useMenuActions, mounted outside the shell) both open them, and the shell shows
 * them, so the choice lives here rather than in either.
 */
export type WorkspaceDialog = 'history' | 'share-safe';

let current: WorkspaceDialog | null = null;
const listeners = new Set<() => void>();

export function openWorkspaceDialog(dialog: WorkspaceDialog | null): void {
  current = dialog;
  for (const listener of listeners) listener();
}

export function closeWorkspaceDialog(): void {
  openWorkspaceDialog(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useWorkspaceDialog(): WorkspaceDialog | null {
  return useSyncExternalStore(subscribe, () => current);
}
