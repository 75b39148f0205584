import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { Meeting } from '../../src/meetings/model';
import { actionItemsOfMeeting } from '../../src/meetings/carryForward';
import { showFailure, showSuccess } from '../components/feedback';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import { proseDay } from '../../src/model/dateFormats';

/** Asks before a meeting is deleted, and what should happen to the action items it created. */
export function DeleteMeetingModal({
  opened,
  onClose,
  meeting,
}: {
  opened: boolean;
  onClose: () => void;
  meeting: Meeting;
}) {
  const doc = useDoc();
  const { run } = useWorkspace();
  const [, navigate] = useLocation();
  const [choice, setChoice] = useState<'keep-unlinked' | 'delete'>('keep-unlinked');
  const [busy, setBusy] = useState(false);
  const linked = actionItemsOfMeeting(doc.actionItems, meeting);
  return (
    <Modal opened={opened} onClose={onClose} title="Delete this meeting?">
      <Stack gap="md">
        <Text size="sm">
          “{meeting.title}” on {proseDay(meeting.date)} will be deleted with its agenda, attendance and minutes. You can undo
          this.
        </Text>
        {linked.length > 0 ? (
          <Radio.Group
            label={`It created ${linked.length} action item${linked.length === 1 ? '' : 's'}. What should happen to ${linked.length === 1 ? 'it' : 'them'}?`}
            value={choice}
            onChange={(v) => setChoice(v as typeof choice)}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="keep-unlinked" label="Keep them on the action items list (no longer linked to a meeting)" />
              <Radio value="delete" label="Delete them with the meeting" />
            </Stack>
          </Radio.Group>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep it
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await run('deleteMeeting', { id: meeting.id, ...(linked.length ? { actionItems: choice } : {}) });
                showSuccess(`Deleted “${meeting.title}”.`);
                onClose();
                navigate('~/meetings');
              } catch (error) {
                showFailure(error, 'The meeting was not deleted');
              } finally {
                setBusy(false);
              }
            }}
          >
            Delete meeting
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
