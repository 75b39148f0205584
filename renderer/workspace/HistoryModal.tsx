import { Alert, Badge, Group, Loader, Modal, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { WorkspaceDialogTitle } from './WorkspaceDialogTitle';
import { formatDistanceToNow } from 'date-fns';
import { useEffect, useState } from 'react';
import { HistoryKind, type HistoryEntry } from '../../src/model/historyEntry';
import { call } from '../api/client';
import { formatDateTime } from '../app/format';

/** How many of the newest entries the window lists; the file keeps more. */
const SHOWN = 200;

/**
 * The coalition's record of what was changed and when, newest first: "5 minutes ago — add
 * stakeholder …", with the exact time on hover. It is read from the file, so it also shows
 * changes made on another computer.
 */
export function HistoryModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    let stale = false;
    setEntries(null);
    setLoadError(null);
    call('listHistory', { limit: SHOWN })
      .then((list) => !stale && setEntries(list))
      .catch((error: Error) => !stale && setLoadError(error.message));
    return () => {
      stale = true;
    };
  }, [opened]);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={<WorkspaceDialogTitle>History of changes</WorkspaceDialogTitle>}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Every change made to this coalition, newest first. To go back to an earlier version, use Backups in the
          coalition menu.
        </Text>
        {loadError ? (
          <Alert color="red" variant="light" title="The history could not be read">
            {loadError}
          </Alert>
        ) : entries === null ? (
          <Group justify="center" py="lg">
            <Loader size="sm" aria-label="Loading the history" />
          </Group>
        ) : entries.length === 0 ? (
          <Text py="md">No changes yet. Each change you make will be listed here.</Text>
        ) : (
          <ScrollArea.Autosize mah={440} type="auto">
            <Stack component="ol" gap={0} aria-label="Changes, newest first" style={{ listStyle: 'none' }} p={0} m={0}>
              {entries.map((entry) => (
                <HistoryRow key={entry.id} entry={entry} />
              ))}
            </Stack>
            {entries.length === SHOWN ? (
              <Text size="xs" c="dimmed" pt="sm">
                The {SHOWN} most recent changes are shown.
              </Text>
            ) : null}
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Modal>
  );
}

function HistoryRow({ entry }: { entry: HistoryEntry }) {
  const at = new Date(entry.at);
  const valid = !Number.isNaN(at.getTime());
  const exact = formatDateTime(entry.at);
  return (
    <Group
      component="li"
      gap="md"
      wrap="nowrap"
      align="baseline"
      py={8}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Tooltip label={exact} openDelay={200}>
        <Text component="time" dateTime={entry.at} size="sm" c="dimmed" w={130} style={{ flexShrink: 0 }}>
          {valid ? formatDistanceToNow(at, { addSuffix: true }) : exact}
        </Text>
      </Tooltip>
      <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {entry.kind !== 'change' ? (
          <Badge size="sm" variant="light" color="gray" mr={8}>
            {HistoryKind.labelOf(entry.kind)}
          </Badge>
        ) : null}
        {sentenceCase(entry.description)}
      </Text>
    </Group>
  );
}

/** Descriptions are written to follow "Undo: …"; standing alone they start with a capital. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
