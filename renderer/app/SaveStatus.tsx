import { Button, Group, Loader, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { call } from '../api/client';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import { formatTime } from './format';

/**
 * "Saved", "Saving…" or "Not saved" in the header. Every change is saved as it is made, so this
 * is the only reassurance a person needs; a failed save stays visible, with the reason one
 * click away, until a later save succeeds.
 */
export function SaveStatus() {
  const { view, saving, refresh } = useWorkspace();
  const [retrying, setRetrying] = useState(false);
  if (!view) return null;
  const save = view.save;

  async function retry() {
    setRetrying(true);
    try {
      const state = await call('saveWorkspace', {});
      if (state.state === 'saved')
        notifications.show({ color: 'teal', message: 'Saved. Everything is in the file now.' });
      else if (state.state === 'failed')
        notifications.show({ color: 'red', title: 'Still not saved', message: state.message });
    } catch (error) {
      notifications.show({ color: 'red', message: (error as Error).message });
    } finally {
      await refresh();
      setRetrying(false);
    }
  }

  if (save.state === 'failed') {
    return (
      <Popover width={340} position="bottom-end" withArrow shadow="md" defaultOpened>
        <Popover.Target>
          <Button
            variant="light"
            color="red"
            size="compact-sm"
            leftSection={<IconAlertTriangle size={16} />}
            aria-label="Not saved: show why"
          >
            Not saved
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap={6}>
            <Text fw={600} size="sm">
              Your latest changes are not in the file yet
            </Text>
            <Text size="sm">{save.message}</Text>
            <Group justify="flex-end" mt={4}>
              <Button size="xs" variant="default" loading={retrying} onClick={() => void retry()}>
                Try again
              </Button>
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    );
  }

  if (saving || save.state === 'saving') {
    return (
      <Group gap={6} role="status" aria-live="polite" wrap="nowrap">
        <Loader size={14} aria-hidden />
        <Text size="sm" c="dimmed">
          Saving…
        </Text>
      </Group>
    );
  }

  return (
    <Tooltip
      label={`Every change is saved in “${view.fileName}”. Last saved at ${formatTime(save.at)}.`}
      multiline
      w={260}
    >
      <Group gap={6} role="status" aria-live="polite" wrap="nowrap" data-testid="save-status">
        <IconCircleCheck size={16} stroke={1.8} aria-hidden color="var(--mantine-color-teal-7)" />
        <Text size="sm" c="dimmed">
          Saved
        </Text>
      </Group>
    </Tooltip>
  );
}
