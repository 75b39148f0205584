import { ActionIcon, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconClock, IconX } from '@tabler/icons-react';
import type { RecentEntry } from '../../src/api/platform';
import { formatDateTime } from '../app/format';
import classes from './Welcome.module.css';

/** The coalitions opened lately: one button each to open it again, and one to take it off the list. */
export function RecentList({
  recent,
  disabled,
  onOpen,
  onForget,
}: {
  recent: RecentEntry[];
  disabled: boolean;
  onOpen(path: string): void;
  onForget(path: string): void;
}) {
  return (
    <Stack gap={4} component="ul" className={classes.plainList}>
      {recent.map((entry) => (
        <Group key={entry.path} component="li" gap={4} wrap="nowrap" className={classes.recentRow}>
          <UnstyledButton className={classes.recentButton} onClick={() => onOpen(entry.path)} disabled={disabled}>
            <Group gap="sm" wrap="nowrap">
              <IconClock size={18} stroke={1.6} aria-hidden className={classes.recentIcon} />
              <div style={{ minWidth: 0 }}>
                <Text fw={600} size="sm" truncate>
                  {entry.name}
                </Text>
                <Text size="xs" c="dimmed" truncate title={entry.path}>
                  {fileName(entry.path)} · opened {formatDateTime(entry.openedAt)}
                </Text>
              </div>
            </Group>
          </UnstyledButton>
          <Tooltip label="Remove from this list (the file is not deleted)">
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => onForget(entry.path)}
              aria-label={`Remove ${entry.name} from the recent list`}
            >
              <IconX size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
    </Stack>
  );
}

function fileName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}
