import { Select, Text } from '@mantine/core';
import { OfficerRole } from '../../src/committee/model';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { PersonSelect } from '../components/pickers/pickers';
import { useToday } from '../components/useToday';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  role: OfficerRole;
  stakeholderId: string | null;
  from: string;
}

/** Appoints an officer; the one before leaves the office that day and stays in its history. */
export function OfficerModal({ opened, onClose, role }: DialogProps & { role: OfficerRole }) {
  const { run } = useWorkspaceActions();
  const today = useToday();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => ({ role, stakeholderId: null, from: today }),
    save: (values) =>
      run('appointOfficer', { role: values.role, stakeholderId: values.stakeholderId ?? '', from: values.from }),
    success: (values) => `${OfficerRole.labelOf(values.role)} appointed.`,
    failure: 'The officer was not appointed',
    onClose,
  });
  return (
    <FormDialog {...dialog} title="Appoint an officer" saveLabel="Appoint" saveDisabled={!form.values.stakeholderId}>
      <Select label="Office" data={OfficerRole.choices} allowDeselect={false} {...form.getInputProps('role')} />
      <PersonSelect label="Officer" required data-autofocus {...form.getInputProps('stakeholderId')} />
      <DayInput label="Holds the office from" required {...form.getInputProps('from')} />
      {form.values.role === 'chair' || form.values.role === 'coordinator' ? (
        <Text size="xs" c="dimmed">
          Their record on the stakeholder list is marked {OfficerRole.labelOf(form.values.role).toLowerCase()}, and the
          mark is taken from whoever held the office before.
        </Text>
      ) : null}
    </FormDialog>
  );
}
