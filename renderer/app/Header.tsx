import { Burger, Divider, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useWorkspaceSelector } from '../workspace/WorkspaceProvider';
import { SyncStatusBadge } from '../sync/SyncStatusBadge';
import { SaveStatus } from './SaveStatus';
import { UndoRedoButtons } from './UndoRedoButtons';
import { WorkspaceMenu } from './WorkspaceMenu';

/** The coalition's name and community on the left; sharing and save status, undo/redo and the menu on the right. */
export function Header({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav(): void }) {
  const coalition = useWorkspaceSelector((snapshot) => snapshot.view?.doc.coalition);
  if (!coalition) return null;
  const { name, community } = coalition;

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? 'Hide the list of areas' : 'Show the list of areas'}
        />
        <ThemeIcon size={34} radius="md" variant="light" aria-hidden visibleFrom="xs">
          <IconHeartHandshake size={20} stroke={1.6} />
        </ThemeIcon>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={650} size="md" lh={1.25} truncate data-testid="coalition-name">
            {name}
          </Text>
          {community ? (
            <Text size="xs" c="dimmed" lh={1.3} truncate>
              {community}
            </Text>
          ) : null}
        </Stack>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <SyncStatusBadge />
        <SaveStatus />
        <Divider orientation="vertical" h={24} style={{ alignSelf: 'center' }} />
        <UndoRedoButtons />
        <WorkspaceMenu />
      </Group>
    </Group>
  );
}
