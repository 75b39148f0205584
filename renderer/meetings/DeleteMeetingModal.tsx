import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useLocation } from 'wouter';
import { actionItemsOfMeeting } from '../../src/meetings/carryForward';
import { proseDay } from '../../src/model/dateFormats';
import { useCommandForm } from '../components/form/useCommandForm';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import type { MeetingDialogProps } from './meetingDialog';

interface Values {
  actionItems: 'keep-unlinked' | 'delete';
}

/**
 * Asks before a meeting is deleted, and what should happen to the action items it created. Its
 * own shell rather than FormDialog: a deletion is answered "Keep it" or a red "Delete meeting".
 */
export function DeleteMeetingModal({ opened, onClose, meeting }: MeetingDialogProps) {
  const doc = useDoc();
  const { run } = useWorkspace();
  const [, navigate] = useLocation();
  const linked = actionItemsOfMeeting(doc.actionItems, meeting);
  const { form, submit, submitting } = useCommandForm<Values>({
    opened,
    initialValues: { actionItems: 'keep-unlinked' },
    save: ({ actionItems }) => run('deleteMeeting', { id: meeting.id, ...(linked.length ? { actionItems } : {}) }),
    success: `Deleted “${meeting.title}”.`,
    failure: 'The meeting was not deleted',
    onSaved: () => {
      onClose();
      navigate('~/meetings');
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title="Delete this meeting?">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            “{meeting.title}” on {proseDay(meeting.date)} will be deleted with its agenda, attendance and minutes. You
            can undo this.
          </Text>
          {linked.length > 0 ? (
            <Radio.Group
              label={`It created ${linked.length} action item${linked.length === 1 ? '' : 's'}. What should happen to ${linked.length === 1 ? 'it' : 'them'}?`}
              {...form.getInputProps('actionItems')}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="keep-unlinked"
                  label="Keep them on the action items list (no longer linked to a meeting)"
                />
                <Radio value="delete" label="Delete them with the meeting" />
              </Stack>
            </Radio.Group>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} data-autofocus>
              Keep it
            </Button>
            <Button type="submit" color="red" loading={submitting}>
              Delete meeting
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
