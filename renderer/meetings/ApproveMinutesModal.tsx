import { Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import { byStart } from '../../src/meetings/body';
import { tableDay } from '../../src/model/dateFormats';
import { DayInput } from '../components/DayInput';
import { FormDialog } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import type { MeetingDialogProps } from './meetingDialog';

interface Values {
  approvedOn: string | null;
  approvedAtMeetingId: string | null;
}

/**
 * When the minutes were approved, and at which later meeting. Approve waits until there is a day.
 */
export function ApproveMinutesModal({ opened, onClose, meeting }: MeetingDialogProps) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspaceActions();
  const later = useMemo(
    () => doc.meetings.filter((m) => byStart(m, meeting) > 0).sort(byStart),
    [doc.meetings, meeting],
  );
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => ({ approvedOn: today, approvedAtMeetingId: null }),
    save: ({ approvedOn, approvedAtMeetingId }) =>
      run('approveMinutes', { meetingId: meeting.id, approvedOn: approvedOn ?? '', approvedAtMeetingId }),
    success: 'Minutes approved.',
    failure: 'The minutes were not approved',
    onClose,
  });
  return (
    <FormDialog {...dialog} title="Approve the minutes" saveLabel="Approve" saveDisabled={!form.values.approvedOn}>
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
    </FormDialog>
  );
}
