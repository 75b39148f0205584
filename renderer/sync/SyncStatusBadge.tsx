import { Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCloudCheck,
  IconCloudOff,
  IconGitMerge,
  IconLogin,
  IconRefresh,
} from '@tabler/icons-react';
import { Link } from 'wouter';
import type { SyncStatus } from '../../src/sync/status';
import { useSharing } from './useSharing';

/**
 * The icon carries the colour; the words stay the header's dimmed grey, dark enough to read
 * (4.5:1 on white), whatever the state.
 */
function lookOf(status: SyncStatus): { color: string; Icon: typeof IconCloudCheck; tip: string } {
  if (status.connection === 'signed-out')
    return {
      color: 'yellow.8',
      Icon: IconLogin,
      tip: 'This computer does not have your password for the server. Open Sharing to sign in.',
    };
  if (status.connection === 'failed')
    return {
      color: 'red.7',
      Icon: IconAlertTriangle,
      tip: 'Your changes are safe in the file. Open Sharing to see what to do.',
    };
  if (status.connection === 'offline')
    return {
      color: 'gray.7',
      Icon: IconCloudOff,
      tip: 'The server cannot be reached. Keep working: your changes are saved here and sent when it can be reached again.',
    };
  if (status.conflicts > 0)
    return {
      color: 'orange.8',
      Icon: IconGitMerge,
      tip: 'The same thing was changed on two laptops. Open the list to choose what to keep.',
    };
  if (status.connection === 'syncing')
    return { color: 'blue.7', Icon: IconRefresh, tip: 'Sending and receiving changes.' };
  return {
    color: 'teal.7',
    Icon: IconCloudCheck,
    tip: 'Everyone sharing this coalition has your changes, and you have theirs.',
  };
}

/** The header's word on sharing: "Synced", "Offline — 5 changes waiting", "2 conflicts". Nothing when not shared. */
export function SyncStatusBadge() {
  const { sharing } = useSharing();
  if (!sharing) return null;
  const { color, Icon, tip } = lookOf(sharing.status);
  const target =
    sharing.status.conflicts > 0 && sharing.status.connection !== 'failed' ? '/sharing/conflicts' : '/sharing';
  return (
    <Tooltip label={tip} multiline w={280}>
      <UnstyledButton component={Link} href={target} aria-label={`Sharing: ${sharing.line}`} data-testid="sync-status">
        <Group gap={6} wrap="nowrap" role="status" aria-live="polite">
          <Icon size={16} stroke={1.8} aria-hidden color={`var(--mantine-color-${color.replace('.', '-')})`} />
          <Text size="sm" c="dimmed" truncate maw={280} visibleFrom="xs">
            {sharing.line}
          </Text>
        </Group>
      </UnstyledButton>
    </Tooltip>
  );
}
