import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { WorkspaceDialogTitle } from './WorkspaceDialogTitle';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../api/client';

/**
 * Before saving a share-safe copy, says plainly what it leaves out and what it keeps, so the
 * person knows what a partner agency will see. (The rule itself is src/workspace/shareSafe.ts;
 * this is its explanation in plain words.)
 */
export function ShareSafeCopyModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    try {
      const saved = await call('exportShareSafeCopy');
      if (saved) {
        notifications.show({
          color: 'teal',
          title: 'Share-safe copy saved',
          message: `Saved as “${saved.fileName}”. Your own file is unchanged.`,
          autoClose: 8000,
        });
        onClose();
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'The copy could not be saved', message: (error as Error).message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={<WorkspaceDialogTitle>Save a share-safe copy</WorkspaceDialogTitle>}
    >
      <Stack gap="sm">
        <Text size="sm">
          A separate file you can send to a partner agency. They open it in this app. Your own file stays as it is.
        </Text>
        <Text size="sm" fw={600}>
          Left out of the copy
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>Everyone’s email addresses and phone numbers.</List.Item>
          <List.Item>
            Your private notes about people: stakeholder notes and tags, influence and interest ratings, what was said
            in one-to-one conversations, notes about organizations, and nomination stories and scores.
          </List.Item>
          <List.Item>Who has lived experience of mental illness.</List.Item>
          <List.Item>The history of changes.</List.Item>
          <List.Item>People who asked not to be named appear as “Name withheld at their request”.</List.Item>
        </List>
        <Text size="sm" fw={600}>
          Kept
        </Text>
        <Text size="sm">
          Meetings with their agendas, attendance and minutes, action items, workgroups, policies, recognition events,
          the checklist, and the names, sectors and roles of the other people.
        </Text>
        <Text size="sm" c="dimmed">
          Minutes and action items are copied as written: if a name was typed into them, it stays. Read them before you
          send the copy.
        </Text>
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button leftSection={<IconShieldCheck size={18} />} loading={saving} onClick={() => void save()}>
            Save the copy…
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
