import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import type { MenuAction } from '../../src/api/platform';
import { onAppEvent } from '../api/client';
import { openWorkspaceDialog } from '../workspace/workspaceDialogs';
import { useWorkspaceActions, useWorkspaceSelector } from '../workspace/WorkspaceProvider';
import { useAppControls } from './AppControls';
import { useUndoShortcuts } from './undoShortcuts';

/**
 * Carries out what the desktop menu asks for (File › New Coalition, Coalition Settings, Backups,
 * History, Edit › Undo/Redo) and installs the undo keyboard shortcuts.
 */
export function useMenuActions() {
  const open = useWorkspaceSelector((snapshot) => snapshot.view !== null);
  const { undo, redo } = useWorkspaceActions();
  const controls = useAppControls();
  const [, navigate] = useLocation();
  const menuUndo = useUndoShortcuts({ undo, redo }, open);

  // The subscription lives as long as the app; the latest handlers are read through a ref.
  const handle = useRef<(action: MenuAction) => void>(() => {});
  handle.current = (action) => {
    switch (action) {
      case 'new-coalition':
        controls.startNewCoalition();
        break;
      case 'settings':
        if (open) navigate('/settings');
        break;
      case 'backups':
        controls.showBackups();
        break;
      case 'history':
        if (open) openWorkspaceDialog('history');
        break;
      case 'undo':
      case 'redo':
        menuUndo(action);
        break;
    }
  };

  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.type === 'menu') handle.current(event.action);
      }),
    [],
  );
}
