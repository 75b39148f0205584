import { NumberInput } from '@mantine/core';
import { DEFAULT_TARGET_PERCENT } from '../../src/training/model';
import { staffingOf } from '../../src/training/coverage';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  swornOfficers: number | string;
  dispatchers: number | string;
  targetPercent: number;
}

/** An empty number box means "not known", which the file keeps as null. */
const known = (value: number | string) => (value === '' ? null : Number(value));

/** How many officers and dispatchers an agency has, and the share of patrol it aims to train. */
export function StaffingFormModal({
  opened,
  onClose,
  organizationId,
}: DialogProps & { organizationId: string | null }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const organization = doc.organizations.find((o) => o.id === organizationId);
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => {
      const line = organizationId ? staffingOf(doc, organizationId) : undefined;
      return {
        swornOfficers: line?.swornOfficers ?? '',
        dispatchers: line?.dispatchers ?? '',
        targetPercent: line?.targetPercent ?? DEFAULT_TARGET_PERCENT,
      };
    },
    // No schema here: an empty box is text in the form and null in the command, which checks it.
    save: (values) =>
      run('setAgencyStaffing', {
        organizationId: organizationId ?? '',
        swornOfficers: known(values.swornOfficers),
        dispatchers: known(values.dispatchers),
        targetPercent: values.targetPercent,
      }),
    success: 'Staffing saved.',
    failure: 'The staffing was not saved',
    onClose,
  });
  return (
    <FormDialog {...dialog} title={`Staffing of ${organization?.name ?? 'agency'}`} saveLabel="Save staffing">
      <NumberInput
        label="Sworn officers"
        description="Leave empty if not known."
        min={0}
        allowDecimal={false}
        {...form.getInputProps('swornOfficers')}
      />
      <NumberInput
        label="Call-takers and dispatchers"
        min={0}
        allowDecimal={false}
        {...form.getInputProps('dispatchers')}
      />
      <NumberInput
        label="Target share of patrol trained (%)"
        description="A quarter is the usual aim for a large agency; smaller agencies often aim for half or more."
        min={1}
        max={100}
        allowDecimal={false}
        {...form.getInputProps('targetPercent')}
      />
    </FormDialog>
  );
}
