import { Badge, Group, Modal, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { WorkspaceDialogTitle } from './WorkspaceDialogTitle';
import { LoadedList, useListWhileOpen } from './LoadedList';
import { formatDistanceToNow } from 'date-fns';
import { HistoryKind, type HistoryEntry } from '../../src/model/historyEntry';
import { call } from '../api/client';
import { formatDateTime } from '../app/format';

/** How many of the newest entries the window lists; the file keeps more. */
const SHOWN = 200;

const listHistory = () => call('listHistory', { limit: SHOWN });

/** What the list says while it is not there. */
const MESSAGES = {
  errorTitle: 'The history could not be read',
  loadingLabel: 'Loading the history',
  empty: 'No changes yet. Each change you make will be listed here.',
};

/**
 * The coalition's record of what was changed and when, newest first: "5 minutes ago — add
 * stakeholder …", with the exact time on hover. It is read from the file, so it also shows
 * changes made on another computer.
 */
export function HistoryModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { items: entries, loadError } = useListWhileOpen(opened, listHistory);

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
        <LoadedList items={entries} loadError={loadError} messages={MESSAGES}>
          {(entries) => (
            <ScrollArea.Autosize mah={440} type="auto">
              <Stack
                component="ol"
                gap={0}
                aria-label="Changes, newest first"
                style={{ listStyle: 'none' }}
                p={0}
                m={0}
              >
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
        </LoadedList>
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
