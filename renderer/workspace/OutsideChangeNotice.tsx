import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileAlert } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutsideChange } from '../../src/api/workspaceMethods';
import { call } from '../api/client';
import { useWorkspace } from './WorkspaceProvider';

/** How often the file is looked at while the window is showing, besides each time it gets focus. */
const CHECK_EVERY_MS = 30_000;

/**
 * Notices when the coalition's file was changed, moved or deleted by something other than this
 * window (a sync service, another computer on a shared drive) and asks what to do, rather than
 * letting the next save quietly overwrite the other version. Asks on window focus and every 30
 * seconds while visible. "Not now" leaves a notice above the page until it is dealt with.
 */
export function OutsideChangeNotice() {
  const { view, saving, setView, refresh } = useWorkspace();
  const [found, setFound] = useState<OutsideChange | null>(null);
  const [deferred, setDeferred] = useState(false);
  const [busy, setBusy] = useState<'reload' | 'save-as' | null>(null);
  const checking = useRef(false);
  const latest = useRef({ view, saving, busy });
  latest.current = { view, saving, busy };

  const check = useCallback(async () => {
    const { view: current, saving: changing, busy: acting } = latest.current;
    if (!current || changing || acting || checking.current) return;
    checking.current = true;
    try {
      const outside = await call('checkForOutsideChange');
      // The lock may have been lost or freed since the view was read: show the banner as it is.
      if (JSON.stringify(outside.readOnly) !== JSON.stringify(latest.current.view?.readOnly ?? null)) await refresh();
      if (outside.changed && outside.readOnly && !outside.missing && !outside.unsavedChanges) {
        // Read-only here: the other window writes the file; follow it without asking.
        setView(await call('reloadWorkspace', {}));
        return;
      }
      setFound(outside.changed || outside.missing ? outside : null);
      if (!outside.changed && !outside.missing) setDeferred(false);
    } catch {
      // Nothing open any more, or the main process is busy: the next focus or tick asks again.
    } finally {
      checking.current = false;
    }
  }, [refresh, setView]);

  useEffect(() => {
    const onFocus = () => void check();
    const onVisible = () => document.visibilityState === 'visible' && void check();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void check();
    }, CHECK_EVERY_MS);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [check]);

  // A different workspace (opened, closed, saved elsewhere): what was found is about the old file.
  const filePath = view?.filePath;
  useEffect(() => {
    setFound(null);
    setDeferred(false);
  }, [filePath]);

  if (!view || !found) return null;

  async function reload(discardUnsavedChanges: boolean) {
    setBusy('reload');
    try {
      setView(await call('reloadWorkspace', { discardUnsavedChanges }));
      setFound(null);
      setDeferred(false);
      notifications.show({ color: 'teal', message: 'Reloaded: you now see the file as it is on disk.' });
    } catch (error) {
      notifications.show({ color: 'red', title: 'The file could not be reloaded', message: (error as Error).message });
    } finally {
      setBusy(null);
    }
  }

  async function saveAsNew() {
    setBusy('save-as');
    try {
      const moved = await call('saveWorkspaceAs');
      if (moved) {
        setView(moved);
        setFound(null);
        setDeferred(false);
        notifications.show({
          color: 'teal',
          title: 'Your version is saved',
          message: `You are now working in “${moved.fileName}”.`,
          autoClose: 8000,
        });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'The copy could not be saved', message: (error as Error).message });
    } finally {
      setBusy(null);
    }
  }

  const title = found.missing ? 'The file was moved or deleted' : 'This file was changed elsewhere';
  const saveLabel = found.missing ? 'Save as a new file' : 'Save my version as a new file';

  if (deferred) {
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconFileAlert size={20} />}
        title={title}
        mb="lg"
        role="status"
        // The light orange title colour is too faint to read on its own background.
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        <Group justify="space-between" align="center" gap="sm" wrap="nowrap">
          <Text size="sm">
            {found.missing
              ? `“${view.fileName}” is no longer where it was opened. Save what you see as a new file to keep it.`
              : 'What you see here is not the latest version of the file.'}
          </Text>
          <Button size="xs" variant="default" onClick={() => setDeferred(false)} style={{ flexShrink: 0 }}>
            Choose what to do…
          </Button>
        </Group>
      </Alert>
    );
  }

  return (
    <Modal
      opened
      onClose={() => setDeferred(true)}
      closeOnClickOutside={false}
      size="lg"
      title={
        <Group gap="xs" component="span">
          <IconAlertTriangle size={20} color="var(--mantine-color-orange-6)" aria-hidden />
          <Text fw={650} size="lg" component="span">
            {title}
          </Text>
        </Group>
      }
    >
      <Stack gap="md" data-testid="outside-change">
        {found.missing ? (
          <Text>
            “{view.fileName}” was moved, renamed or deleted outside the app (for example by a sync service) since you
            opened it. What you see here is still open: save it as a new file to keep it.
          </Text>
        ) : (
          <>
            <Text>
              This file was changed by another program or computer (for example a sync service) since you opened it.
              Reload it to see the latest version.
            </Text>
            {found.unsavedChanges ? (
              <Alert color="red" variant="light" title="Some of your changes are not saved yet">
                Reloading discards the changes made in this window that are not in the file yet. To keep them, save your
                version as a new file first.
              </Alert>
            ) : null}
          </>
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="subtle" color="gray" onClick={() => setDeferred(true)} disabled={busy !== null}>
            Not now
          </Button>
          {found.missing || found.unsavedChanges ? (
            <Button
              variant={found.missing ? 'filled' : 'default'}
              loading={busy === 'save-as'}
              disabled={busy === 'reload'}
              onClick={() => void saveAsNew()}
            >
              {saveLabel}
            </Button>
          ) : null}
          {found.missing ? null : (
            <Button
              color={found.unsavedChanges ? 'red' : undefined}
              loading={busy === 'reload'}
              disabled={busy === 'save-as'}
              onClick={() => void reload(found.unsavedChanges)}
            >
              {found.unsavedChanges ? 'Discard my changes and reload' : 'Reload from disk'}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
