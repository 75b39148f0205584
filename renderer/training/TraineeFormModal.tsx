import { Select, TextInput } from '@mantine/core';
import { TraineeFields, TraineeRole, type Trainee } from '../../src/training/model';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { OrganizationSelect } from '../components/pickers/pickers';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  name: string;
  organizationId: string | null;
  role: Trainee['role'];
}

/** Enrols a trainee on a class, or corrects one: the name as it goes on the certificate, agency, role. */
export function TraineeFormModal({
  opened,
  onClose,
  classId,
  trainee,
}: DialogProps & { classId: string; trainee?: Trainee }) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () =>
      trainee
        ? { name: trainee.name, organizationId: trainee.organizationId, role: trainee.role }
        : { name: '', organizationId: null, role: 'officer' },
    schema: TraineeFields,
    save: (values) =>
      trainee
        ? run('updateTrainee', { classId, traineeId: trainee.id, changes: values })
        : run('addTrainee', { classId, ...values }),
    success: (values) => (trainee ? 'Trainee saved.' : `Enrolled ${values.name}.`),
    failure: 'The trainee was not saved',
    onClose,
  });
  return (
    <FormDialog
      {...dialog}
      title={trainee ? 'Edit trainee' : 'Add trainee'}
      saveLabel={trainee ? 'Save trainee' : 'Add trainee'}
    >
      <TextInput
        label="Trainee name"
        description="As it should read on the certificate."
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <OrganizationSelect label="Agency" {...form.getInputProps('organizationId')} />
      <Select label="Role" data={TraineeRole.choices} allowDeselect={false} {...form.getInputProps('role')} />
    </FormDialog>
  );
}
