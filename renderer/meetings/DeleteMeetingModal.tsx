import { Radio, Stack, Text } from '@mantine/core';
import { useLocation } from 'wouter';
import { actionItemsOfMeeting } from '../../src/meetings/carryForward';
import { proseDay } from '../../src/model/dateFormats';
import { FormDialog } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import type { MeetingDialogProps } from './meetingDialog';

interface Values {
  actionItems: 'keep-unlinked' | 'delete';
}

/**
 * Asks before a meeting is deleted, and what should happen to the action items it created. A
 * deletion is answered "Keep it" (which has the focus) or a red "Delete meeting".
 */
export function DeleteMeetingModal({ opened, onClose, meeting }: MeetingDialogProps) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const [, navigate] = useLocation();
  const linked = actionItemsOfMeeting(doc.actionItems, meeting);
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: { actionItems: 'keep-unlinked' },
    save: ({ actionItems }) => run('deleteMeeting', { id: meeting.id, ...(linked.length ? { actionItems } : {}) }),
    success: `Deleted “${meeting.title}”.`,
    failure: 'The meeting was not deleted',
    onClose,
    onSaved: () => navigate('~/meetings'),
  });
  return (
    <FormDialog {...dialog} title="Delete this meeting?" cancelLabel="Keep it" saveLabel="Delete meeting" destructive>
      <Text size="sm">
        “{meeting.title}” on {proseDay(meeting.date)} will be deleted with its agenda, attendance and minutes. You can
        undo this.
      </Text>
      {linked.length > 0 ? (
        <Radio.Group
          label={`It created ${linked.length} action item${linked.length === 1 ? '' : 's'}. What should happen to ${linked.length === 1 ? 'it' : 'them'}?`}
          {...form.getInputProps('actionItems')}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="keep-unlinked" label="Keep them on the action items list (no longer linked to a meeting)" />
            <Radio value="delete" label="Delete them with the meeting" />
          </Stack>
        </Radio.Group>
      ) : null}
    </FormDialog>
  );
}
