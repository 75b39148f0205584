import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../api/client';
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
      if (!next.readOnly)
        notifications.show({ color: 'teal', message: 'The file is free again: you can make changes.' });
    } catch (error) {
      notifications.show({ color: 'red', message: (error as Error).message });
    } finally {
      setTrying(false);
    }
  }

  return (
    <Alert color="yellow" variant="light" icon={<IconLock size={20} />} title="Read only" mb="lg" role="status">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" maw={640}>
          {view.readOnly.message}
        </Text>
        <Button size="xs" variant="default" loading={trying} onClick={() => void tryAgain()}>
          Try again
        </Button>
      </Group>
    </Alert>
  );
}
