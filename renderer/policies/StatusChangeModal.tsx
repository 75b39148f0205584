import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type Policy, type PolicyRevision, type RevisionStatus } from '../../src/policies/model';
import { adoptedRevision } from '../../src/policies/currentRevision';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import { meetingChoices } from '../components/choices';
import { DayInput } from '../components/DayInput';
import { showFailure, showSuccess } from '../components/feedback';
import { statusActionLabel } from './statusActions';
import { useToday } from '../components/useToday';

/** Moves a revision on (or back), on a given day, naming the meeting for a committee decision. */
export function StatusChangeModal({
  policy,
  revision,
  to,
  onClose,
}: {
  policy: Policy;
  revision: PolicyRevision | null;
  to: RevisionStatus | null;
  onClose: () => void;
}) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspace();
  const [on, setOn] = useState<string | null>(today);
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const opened = Boolean(revision && to);

  useEffect(() => {
    if (!opened) return;
    setOn(today);
    setMeetingId(revision?.meetingId ?? null);
    setNote('');
  }, [opened]);

  if (!revision || !to) return <Modal opened={false} onClose={onClose} title="" />;
  const inForce = adoptedRevision(policy);
  const label = statusActionLabel(revision.status, to);

  async function confirm() {
    if (!revision || !to) return;
    setBusy(true);
    try {
      await run('setRevisionStatus', {
        policyId: policy.id,
        revisionId: revision.id,
        status: to,
        on: on ?? undefined,
        note,
        ...(to === 'approved' ? { meetingId } : {}),
      });
      showSuccess(`Version ${revision.version}: ${label.toLowerCase()}.`);
      onClose();
    } catch (error) {
      showFailure(error, 'The status was not changed');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`${label}: version ${revision.version}`}>
      <Stack gap="md">
        {to === 'adopted' && inForce && inForce.id !== revision.id ? (
          <Alert variant="light" color="blue">
            Version {inForce.version} is in force now. Adopting version {revision.version} marks version{' '}
            {inForce.version} superseded.
          </Alert>
        ) : null}
        <DayInput label="On" required value={on} onChange={setOn} maxDate={today} />
        {to === 'approved' ? (
          <Select
            label="Decided at meeting"
            data={meetingChoices(doc)}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear the meeting' }}
            value={meetingId}
            onChange={setMeetingId}
            nothingFoundMessage="No meeting by that name"
          />
        ) : null}
        <TextInput
          label="Note"
          placeholder="Optional"
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={500}
        />
        <Text size="xs" c="dimmed">
          This can be undone with Edit › Undo.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void confirm()} loading={busy}>
            {label}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
