import { NumberInput, Select, TextInput } from '@mantine/core';
import { SeatFields, type CommitteeSeat } from '../../src/committee/model';
import { Sector } from '../../src/model/sector';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { OrganizationSelect } from '../components/pickers/pickers';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  name: string;
  organizationId: string | null;
  sector: CommitteeSeat['sector'];
  termYears: number | null;
}

const BLANK: Values = { name: '', organizationId: null, sector: 'other', termYears: 2 };

/** Adds a seat on the steering committee, or edits one: who it is held for and how long a term lasts. */
export function SeatFormModal({ opened, onClose, seat }: DialogProps & { seat?: CommitteeSeat }) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () =>
      seat
        ? { name: seat.name, organizationId: seat.organizationId, sector: seat.sector, termYears: seat.termYears }
        : BLANK,
    schema: SeatFields,
    save: (values) => (seat ? run('updateSeat', { id: seat.id, changes: values }) : run('addSeat', values)),
    success: (values) => (seat ? 'Seat saved.' : `Added the seat “${values.name}”.`),
    failure: 'The seat was not saved',
    onClose,
  });
  return (
    <FormDialog {...dialog} title={seat ? 'Edit seat' : 'New seat'} saveLabel={seat ? 'Save seat' : 'Add seat'}>
      <TextInput
        label="Seat name"
        required
        data-autofocus
        placeholder="Sheriff’s office"
        {...form.getInputProps('name')}
      />
      <OrganizationSelect
        label="Agency holding the seat"
        description="Leave empty for a seat held for a sector (a person with lived experience, a family member)."
        clearable
        {...form.getInputProps('organizationId')}
      />
      <Select label="Sector" data={Sector.choices} allowDeselect={false} {...form.getInputProps('sector')} />
      <NumberInput
        label="Usual term (years)"
        description="Suggests the end of each new term. Leave empty for seats without a fixed term."
        min={1}
        max={10}
        allowDecimal={false}
        value={form.values.termYears ?? ''}
        onChange={(v) => form.setFieldValue('termYears', v === '' ? null : Number(v))}
        error={form.errors.termYears}
      />
    </FormDialog>
  );
}
