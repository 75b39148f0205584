import { Alert, Modal, Text, TextInput } from '@mantine/core';
import type { RevisionDialogProps } from './revisionDialog';
import type { RevisionStatus } from '../../src/policies/model';
import { adoptedRevision } from '../../src/policies/currentRevision';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { DayInput } from '../components/DayInput';
import { FormDialog } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { MeetingSelect } from '../components/pickers/pickers';
import { statusActionLabel } from './statusActions';
import { useToday } from '../components/useToday';

interface Values {
  on: string | null;
  meetingId: string | null;
  note: string;
}

/** Moves a revision on (or back), on a given day, naming the meeting for a committee decision. */
export function StatusChangeModal({
  policy,
  revision,
  to,
  onClose,
}: RevisionDialogProps & {
  to: RevisionStatus | null;
}) {
  const today = useToday();
  const { run } = useWorkspaceActions();
  const opened = Boolean(revision && to);
  const label = revision && to ? statusActionLabel(revision.status, to) : '';
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => ({ on: today, meetingId: revision?.meetingId ?? null, note: '' }),
    save: async ({ on, meetingId, note }) => {
      if (!revision || !to) return;
      await run('setRevisionStatus', {
        policyId: policy.id,
        revisionId: revision.id,
        status: to,
        on: on ?? undefined,
        note,
        ...(to === 'approved' ? { meetingId } : {}),
      });
    },
    success: `Version ${revision?.version ?? ''}: ${label.toLowerCase()}.`,
    failure: 'The status was not changed',
    onClose,
  });

  if (!revision || !to) return <Modal opened={false} onClose={onClose} title="" />;
  const inForce = adoptedRevision(policy);

  return (
    <FormDialog {...dialog} title={`${label}: version ${revision.version}`} saveLabel={label}>
      {to === 'adopted' && inForce && inForce.id !== revision.id ? (
        <Alert variant="light" color="blue">
          Version {inForce.version} is in force now. Adopting version {revision.version} marks version {inForce.version}{' '}
          superseded.
        </Alert>
      ) : null}
      <DayInput label="On" required maxDate={today} {...form.getInputProps('on')} />
      {to === 'approved' ? (
        <MeetingSelect
          label="Decided at meeting"
          clearButtonProps={{ 'aria-label': 'Clear the meeting' }}
          {...form.getInputProps('meetingId')}
        />
      ) : null}
      <TextInput label="Note" placeholder="Optional" maxLength={500} {...form.getInputProps('note')} />
      <Text size="xs" c="dimmed">
        This can be undone with Edit › Undo.
      </Text>
    </FormDialog>
  );
}
