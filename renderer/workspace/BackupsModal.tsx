import { Alert, Button, Group, Modal, ScrollArea, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { WorkspaceDialogTitle } from './WorkspaceDialogTitle';
import { LoadedList, useListWhileOpen } from './LoadedList';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../src/workspace/backups';
import { call } from '../api/client';
import { formatDateTime, formatFileSize } from '../app/format';
import { useWorkspaceActions } from './WorkspaceProvider';

const listBackups = () => call('listBackups');
/** What the list says while it is not there. */
const MESSAGES = {
  errorTitle: 'The backups could not be listed',
  loadingLabel: 'Loading backups',
  empty: 'No backups yet. The first one is made when you change something.',
};

/**
 * The backups of the open coalition, newest first, each with a Restore button. Restoring asks
 * first, then puts that version back; the version being replaced becomes a backup itself, so a
 * restore can always be undone by restoring again.
 */
export function BackupsModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { setView } = useWorkspaceActions();
  const { items: backups, loadError } = useListWhileOpen(opened, listBackups);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    setConfirming(null);
    setRestoreError(null);
  }, [opened]);

  async function restore(backup: BackupInfo) {
    setRestoring(true);
    setRestoreError(null);
    try {
      const view = await call('restoreBackup', { id: backup.id, target: 'current' });
      setView(view);
      notifications.show({
        color: 'teal',
        title: 'Backup restored',
        message: `The coalition is back as it was on ${formatDateTime(backup.savedAt)}. The version you replaced is kept as a backup.`,
      });
      onClose();
    } catch (error) {
      setRestoreError((error as Error).message);
    } finally {
      setRestoring(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={<WorkspaceDialogTitle>Backups</WorkspaceDialogTitle>} size="lg">
      {confirming ? (
        <Stack gap="md">
          <Text>
            Restore the version saved on <strong>{formatDateTime(confirming.savedAt)}</strong>?
          </Text>
          <Text size="sm" c="dimmed">
            Everything changed since then is replaced by that version. The coalition as it is now is kept as a backup
            first, so you can come back to it.
          </Text>
          {restoreError ? (
            <Alert color="red" variant="light" title="The backup could not be restored">
              {restoreError}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)} disabled={restoring}>
              Cancel
            </Button>
            <Button
              leftSection={<IconRestore size={18} />}
              loading={restoring}
              onClick={() => void restore(confirming)}
            >
              Restore this version
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            A copy of the coalition is kept in a folder beside its file as you work: the 20 newest copies, and one for
            each of the last 14 days.
          </Text>
          <LoadedList items={backups} loadError={loadError} messages={MESSAGES}>
            {(backups) => (
              <ScrollArea.Autosize mah={420} type="auto">
                <Table verticalSpacing="xs" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Saved</Table.Th>
                      <Table.Th>Size</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>Action</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {backups.map((backup) => (
                      <Table.Tr key={backup.id}>
                        <Table.Td>{formatDateTime(backup.savedAt)}</Table.Td>
                        <Table.Td>{formatFileSize(backup.sizeBytes)}</Table.Td>
                        <Table.Td ta="right">
                          <Button
                            size="compact-sm"
                            variant="light"
                            onClick={() => setConfirming(backup)}
                            aria-label={`Restore backup from ${formatDateTime(backup.savedAt)}`}
                          >
                            Restore
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            )}
          </LoadedList>
        </Stack>
      )}
    </Modal>
  );
}
