import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { describeStakeholderRemoval, previewStakeholderRemoval } from '../../src/stakeholders/removal';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { notifications } from '@mantine/notifications';

/**
 * Asks before people are deleted and says exactly what else changes: the conversations that go
 * with them, and the meetings, action items and workgroups they are taken off. The numbers come
 * from running the deletion on a copy, so they are the numbers the deletion will produce.
 */
export function DeleteStakeholdersModal({
  ids,
  onClose,
  onDeleted,
}: {
  ids: string[] | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const doc = useDoc();
  const { run, undo } = useWorkspaceActions();
  const [busy, setBusy] = useState(false);
  const report = useMemo(() => (ids ? previewStakeholderRemoval(doc, ids) : null), [ids, doc]);
  if (!ids || !report) return null;
  const lines = describeStakeholderRemoval(report);
  const name = ids.length === 1 ? (doc.stakeholders.find((s) => s.id === ids[0])?.name ?? 'this person') : null;
  const who = name ?? `${ids.length.toLocaleString()} people`;

  const confirm = async () => {
    setBusy(true);
    const deleted = await act(() => run('deleteStakeholders', { ids }), 'Nothing was deleted');
    setBusy(false);
    if (!deleted) return;
    // Said here rather than by act: the message carries its Undo button.
    notifications.show({
      color: 'teal',
      message: (
        <Group gap="xs">
          <span>Deleted {who}.</span>
          <Button size="compact-xs" variant="subtle" onClick={() => void undo()}>
            Undo
          </Button>
        </Group>
      ),
      autoClose: 8000,
    });
    onDeleted();
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={`Delete ${who}?`}>
      <Stack gap="md">
        {lines.length ? (
          <>
            <Text size="sm">
              {name ? `${name} appears elsewhere in the workspace.` : 'These people appear elsewhere in the workspace.'}{' '}
              Deleting will also:
            </Text>
            <List size="sm" spacing={4} data-testid="delete-consequences">
              {lines.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </>
        ) : (
          <Text size="sm">{name ? `${name} is` : 'They are'} not mentioned anywhere else in the workspace.</Text>
        )}
        <Text size="sm" c="dimmed">
          You can undo this with Edit › Undo.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep
          </Button>
          <Button color="red" loading={busy} onClick={confirm}>
            Delete {ids.length === 1 ? 'person' : `${ids.length.toLocaleString()} people`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
