import { Text } from '@mantine/core';
import { termEndFor } from '../../src/committee';
import type { CommitteeSeat } from '../../src/committee/model';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { PersonSelect } from '../components/pickers/pickers';
import { useToday } from '../components/useToday';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface SeatValues {
  stakeholderId: string | null;
  startsOn: string;
  endsOn: string | null;
}

/**
 * Seats a member: whoever sits there now leaves on the day the new term begins, and stays in
 * the seat's history. The end day is suggested from the seat's usual term.
 */
export function SeatMemberModal({ opened, onClose, seat }: DialogProps & { seat: CommitteeSeat | null }) {
  const { run } = useWorkspaceActions();
  const today = useToday();
  const { form, dialog } = useCommandForm<SeatValues>({
    opened,
    initialValues: () => ({ stakeholderId: null, startsOn: today, endsOn: termEndFor(today, seat?.termYears ?? null) }),
    save: (values) =>
      run('seatMember', {
        seatId: seat!.id,
        stakeholderId: values.stakeholderId ?? '',
        startsOn: values.startsOn,
        endsOn: values.endsOn || null,
      }),
    success: 'Member seated.',
    failure: 'The member was not seated',
    onClose,
  });
  const held = seat?.terms.find((t) => t.leftOn === null);
  return (
    <FormDialog
      {...dialog}
      title={`Seat a member: ${seat?.name ?? ''}`}
      saveLabel="Seat member"
      saveDisabled={!form.values.stakeholderId}
    >
      {held ? (
        <Text size="sm" c="dimmed">
          The current member leaves the seat on the day the new term begins. Their term stays in the seat’s history.
        </Text>
      ) : null}
      <PersonSelect label="Member" required data-autofocus {...form.getInputProps('stakeholderId')} />
      <DayInput
        label="Term begins"
        required
        {...form.getInputProps('startsOn')}
        onChange={(day) => {
          form.setFieldValue('startsOn', day ?? '');
          if (day) form.setFieldValue('endsOn', termEndFor(day, seat?.termYears ?? null));
        }}
      />
      <DayInput
        label="Term ends"
        description="Leave empty for a term without a set end."
        clearable
        {...form.getInputProps('endsOn')}
      />
    </FormDialog>
  );
}

/** Renews the current member's term: a new term from the end of the one they are serving. */
export function RenewTermModal({ opened, onClose, seat }: DialogProps & { seat: CommitteeSeat | null }) {
  const { run } = useWorkspaceActions();
  const current = seat?.terms.find((t) => t.leftOn === null);
  const { form, dialog } = useCommandForm<{ endsOn: string }>({
    opened,
    initialValues: () => ({ endsOn: (current?.endsOn && termEndFor(current.endsOn, seat?.termYears ?? 2)) || '' }),
    save: (values) => run('renewSeatTerm', { seatId: seat!.id, endsOn: values.endsOn }),
    success: 'Term renewed.',
    failure: 'The term was not renewed',
    onClose,
  });
  return (
    <FormDialog
      {...dialog}
      title={`Renew the term: ${seat?.name ?? ''}`}
      saveLabel="Renew term"
      saveDisabled={!form.values.endsOn}
    >
      <Text size="sm" c="dimmed">
        The new term begins when the current one ends{current?.endsOn ? ` (${current.endsOn})` : ''}.
      </Text>
      <DayInput label="New term ends" required data-autofocus {...form.getInputProps('endsOn')} />
    </FormDialog>
  );
}

/** Records that the member left the seat; the seat is then empty until someone is seated. */
export function VacateSeatModal({ opened, onClose, seat }: DialogProps & { seat: CommitteeSeat | null }) {
  const { run } = useWorkspaceActions();
  const today = useToday();
  const { form, dialog } = useCommandForm<{ leftOn: string }>({
    opened,
    initialValues: () => ({ leftOn: today }),
    save: (values) => run('vacateSeat', { seatId: seat!.id, leftOn: values.leftOn }),
    success: 'The seat is now empty.',
    failure: 'The seat was not left empty',
    onClose,
  });
  return (
    <FormDialog {...dialog} title={`Member leaves: ${seat?.name ?? ''}`} saveLabel="Leave seat empty" destructive>
      <DayInput label="Left the seat on" required data-autofocus {...form.getInputProps('leftOn')} />
    </FormDialog>
  );
}
