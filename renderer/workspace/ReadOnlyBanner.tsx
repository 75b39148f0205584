import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReadOnlyInfo } from '../../src/workspace/lock';
import { call } from '../api/client';
import { formatDateTime, formatTime } from '../app/format';
import { useWorkspace } from './WorkspaceProvider';

/**
 * Shown above every page while the coalition's file is open somewhere else (another window, or
 * another computer on a shared drive): changes are switched off so neither copy overwrites the
 * other. "Try again" reads the file afresh and takes it over if it has been closed there.
 */
export function ReadOnlyBanner() {
  const { view, setView } = useWorkspace();
  const [trying, setTrying] = useState(false);
  if (!view?.readOnly) return null;

  async function tryAgain() {
    setTrying(true);
    try {
      const next = await call('reloadWorkspace', {});
      setView(next);
      notifications.show(
        next.readOnly
          ? { color: 'yellow', message: 'It is still open there. You are seeing the latest saved version.' }
          : { color: 'teal', message: 'The file is free again: you can make changes.' },
      );
    } catch (error) {
      notifications.show({ color: 'red', message: (error as Error).message });
    } finally {
      setTrying(false);
    }
  }

  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconLock size={20} />}
      title="Read-only"
      mb="lg"
      role="status"
      // The light yellow/orange title colour is too faint to read on its own background.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      data-testid="read-only-banner"
    >
      <Group justify="space-between" align="center" gap="sm" wrap="nowrap">
        <Text size="sm" maw={760}>
          {readOnlySentence(view.readOnly)}
        </Text>
        <Button size="xs" variant="default" loading={trying} onClick={() => void tryAgain()} style={{ flexShrink: 0 }}>
          Try again
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * "This workspace is open on LAPTOP-7 by dana since 9:12 AM. …" in the person's own clock. With no
 * holder (the folder cannot be written at all) the main process's own sentence says why.
 */
function readOnlySentence(info: ReadOnlyInfo): string {
  if (!info.by) return info.message;
  const since = info.since ? new Date(info.since) : null;
  const when =
    since && !Number.isNaN(since.getTime())
      ? ` since ${since.toDateString() === new Date().toDateString() ? formatTime(since.toISOString()) : formatDateTime(since.toISOString())}`
      : '';
  return `This workspace is open on ${info.host} by ${info.by}${when}. You can look but not change anything here.`;
}
