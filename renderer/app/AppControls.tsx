import { Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { WorkspaceView } from '../../src/api/workspaceMethods';
import { ApiError, call } from '../api/client';
import { BackupsModal } from '../workspace/BackupsModal';
import { DamagedFileDialog } from '../workspace/DamagedFileDialog';
import { useWorkspaceActions, useWorkspaceSelector } from '../workspace/WorkspaceProvider';
import { CreateCoalitionForm, type NewCoalitionValues } from '../welcome/CreateCoalitionForm';
import { asOpenFailure, type OpenFailure } from './openErrors';

/**
 * What the welcome screen, the header menu and the desktop menu can ask of the app as a whole:
 * start, open and close coalitions, and show the backups. Opening is in one place so every way
 * in (file, recent list, sample, restore) handles a damaged file the same way.
 */
type Busy = 'create' | 'open' | 'sample' | 'recent' | 'close' | null;

interface AppControls {
  busy: Busy;
  /** On the welcome screen: focus the create form. With a coalition open: show the New coalition window. */
  startNewCoalition(): void;
  /** Increases each time startNewCoalition is asked for on the welcome screen. */
  newCoalitionRequest: number;
  /** Increases when the recent list changed here, so the welcome screen reads it again. */
  recentVersion: number;
  forgetRecent(path: string): Promise<void>;
  createCoalition(values: NewCoalitionValues): Promise<boolean>;
  openFile(): Promise<void>;
  openRecent(path: string): Promise<void>;
  openSample(): Promise<void>;
  closeWorkspace(): Promise<void>;
  showBackups(): void;
}

const AppControlsContext = createContext<AppControls | null>(null);

export function AppControlsProvider({ children }: { children: ReactNode }) {
  const open = useWorkspaceSelector((snapshot) => snapshot.view !== null);
  const { setView } = useWorkspaceActions();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState<Busy>(null);
  const [newCoalitionRequest, setNewCoalitionRequest] = useState(0);
  const [newCoalitionOpen, setNewCoalitionOpen] = useState(false);
  const [recentVersion, setRecentVersion] = useState(0);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [failure, setFailure] = useState<{ failure: OpenFailure; recentPath: string | null } | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const adopt = useCallback(
    (next: WorkspaceView | null, how: 'created' | 'opened' | 'sample' | 'restored'): boolean => {
      if (!next) return false;
      setView(next);
      navigate('/');
      if (how === 'sample') {
        notifications.show({
          title: 'Sample coalition opened',
          message: `This is your own copy, saved as “${next.fileName}”. Try anything: the sample that came with the app stays as it was.`,
          autoClose: 8000,
        });
      }
      if (how === 'restored') {
        notifications.show({
          color: 'teal',
          title: 'Backup restored',
          message: 'The coalition is open again. The damaged file was kept beside the backups.',
        });
      }
      if (next.migratedFrom !== null) {
        notifications.show({
          title: 'File brought up to date',
          message:
            'This file was made by an earlier version of the app. It has been updated to the current format; the original is kept as a backup when you next save.',
          autoClose: 10000,
        });
      }
      return true;
    },
    [navigate, setView],
  );

  const reportOpenError = useCallback((error: unknown, recentPath: string | null) => {
    const openFailure = error instanceof ApiError ? asOpenFailure(error.body) : null;
    if (openFailure) {
      setRestoreError(null);
      setFailure({ failure: openFailure, recentPath });
      return;
    }
    notifications.show({
      color: 'red',
      title: 'The coalition could not be opened',
      message: (error as Error).message,
      autoClose: false,
    });
  }, []);

  const attempt = useCallback(
    async (
      kind: Exclude<Busy, null>,
      work: () => Promise<WorkspaceView | null>,
      how: 'opened' | 'sample',
      recentPath: string | null = null,
    ) => {
      setBusy(kind);
      try {
        adopt(await work(), how);
      } catch (error) {
        reportOpenError(error, recentPath);
      } finally {
        setBusy(null);
      }
    },
    [adopt, reportOpenError],
  );

  const createCoalition = useCallback(
    async (values: NewCoalitionValues) => {
      setBusy('create');
      try {
        const created = adopt(await call('createWorkspace', values), 'created');
        if (created) setNewCoalitionOpen(false);
        return created;
      } finally {
        setBusy(null);
      }
    },
    [adopt],
  );

  const restoreFailedOpen = useCallback(
    async (backupId: string) => {
      setRestoring(true);
      setRestoreError(null);
      try {
        const restored = await call('restoreBackup', { id: backupId, target: 'failed-open' });
        setFailure(null);
        adopt(restored, 'restored');
      } catch (error) {
        setRestoreError((error as Error).message);
      } finally {
        setRestoring(false);
      }
    },
    [adopt],
  );

  const forgetRecent = useCallback(async (path: string) => {
    try {
      await call('forgetRecentWorkspace', { path });
      setRecentVersion((n) => n + 1);
    } catch (error) {
      notifications.show({ color: 'red', message: (error as Error).message });
    }
  }, []);

  const controls = useMemo<AppControls>(
    () => ({
      busy,
      newCoalitionRequest,
      recentVersion,
      forgetRecent,
      startNewCoalition: () => (open ? setNewCoalitionOpen(true) : setNewCoalitionRequest((n) => n + 1)),
      createCoalition,
      openFile: () => attempt('open', () => call('openWorkspace'), 'opened'),
      openRecent: (path: string) => attempt('recent', () => call('openRecentWorkspace', { path }), 'opened', path),
      openSample: () => attempt('sample', () => call('openSampleWorkspace'), 'sample'),
      closeWorkspace: async () => {
        setBusy('close');
        try {
          await call('closeWorkspace');
          setView(null);
          navigate('/');
        } catch (error) {
          notifications.show({
            color: 'red',
            title: 'The coalition could not be closed',
            message: (error as Error).message,
          });
        } finally {
          setBusy(null);
        }
      },
      showBackups: () => {
        if (open) setBackupsOpen(true);
      },
    }),
    [attempt, busy, createCoalition, forgetRecent, navigate, newCoalitionRequest, recentVersion, setView, open],
  );

  return (
    <AppControlsContext.Provider value={controls}>
      {children}
      <DamagedFileDialog
        failure={failure?.failure ?? null}
        restoring={restoring}
        restoreError={restoreError}
        onRestore={(id) => void restoreFailedOpen(id)}
        onForgetRecent={
          failure?.recentPath
            ? () => {
                void forgetRecent(failure.recentPath ?? '');
                setFailure(null);
              }
            : undefined
        }
        onClose={() => setFailure(null)}
      />
      <BackupsModal opened={backupsOpen && open} onClose={() => setBackupsOpen(false)} />
      <Modal
        opened={newCoalitionOpen}
        onClose={() => setNewCoalitionOpen(false)}
        title={
          <Text fw={650} size="lg" component="span">
            Start a new coalition
          </Text>
        }
      >
        <Text size="sm" c="dimmed" mb="md">
          The coalition that is open now stays saved in its own file; you can come back to it from the welcome screen.
        </Text>
        <CreateCoalitionForm onCreate={createCoalition} autoFocus />
      </Modal>
    </AppControlsContext.Provider>
  );
}

export function useAppControls(): AppControls {
  const controls = useContext(AppControlsContext);
  if (!controls) throw new Error('useAppControls must be used inside AppControlsProvider.');
  return controls;
}
