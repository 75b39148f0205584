import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { byStart } from '../../src/meetings/body';
import { tableDay } from '../../src/model/dateFormats';
import { DayInput } from '../components/DayInput';
import { useCommandForm } from '../components/form/useCommandForm';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import type { MeetingDialogProps } from './meetingDialog';

interface Values {
  approvedOn: string | null;
  approvedAtMeetingId: string | null;
}

/**
 * When the minutes were approved, and at which later meeting. Its own shell rather than
 * FormDialog: Approve waits until there is a day (FormDialog's save button cannot wait).
 */
export function ApproveMinutesModal({ opened, onClose, meeting }: MeetingDialogProps) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspace();
  const later = useMemo(
    () => doc.meetings.filter((m) => byStart(m, meeting) > 0).sort(byStart),
    [doc.meetings, meeting],
  );
  const { form, submit, submitting } = useCommandForm<Values>({
    opened,
    initialValues: () => ({ approvedOn: today, approvedAtMeetingId: null }),
    save: ({ approvedOn, approvedAtMeetingId }) =>
      run('approveMinutes', { meetingId: meeting.id, approvedOn: approvedOn ?? '', approvedAtMeetingId }),
    success: 'Minutes approved.',
    failure: 'The minutes were not approved',
    onSaved: onClose,
  });
  return (
    <Modal opened={opened} onClose={onClose} title="Approve the minutes">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            Minutes are usually approved at the next meeting of the same group. Record when, and at which meeting.
          </Text>
          <DayInput label="Approved on" {...form.getInputProps('approvedOn')} />
          <Select
            label="At the meeting"
            data={later.map((m) => ({ value: m.id, label: `${tableDay(m.date)} · ${m.title}` }))}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear meeting' }}
            placeholder="Not recorded"
            {...form.getInputProps('approvedAtMeetingId')}
            onChange={(id) => {
              form.setFieldValue('approvedAtMeetingId', id);
              const chosen = later.find((m) => m.id === id);
              if (chosen) form.setFieldValue('approvedOn', chosen.date);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!form.values.approvedOn} loading={submitting}>
              Approve
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
