import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { z } from 'zod';
import { OrganizationFields, type Organization } from '../../src/stakeholders/model/organization';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { SectorSelect } from './SectorSelect';

type Values = z.output<typeof OrganizationFields>;
const BLANK: Values = { name: '', sector: 'other', address: '', website: '', notes: '' };

/** Adds an agency or group, or edits one. */
export function OrganizationFormModal({
  opened,
  onClose,
  organization,
}: DialogProps & {
  organization?: Organization;
}) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => (organization ? valuesOf(organization) : BLANK),
    schema: OrganizationFields,
    save: (values) =>
      organization
        ? run('updateOrganization', { id: organization.id, changes: values })
        : run('addOrganization', values),
    success: (values) => `Saved ${values.name.trim()}.`,
    failure: 'Not saved',
    onClose,
  });

  return (
    <FormDialog
      {...dialog}
      title={organization ? `Edit ${organization.name}` : 'Add an organization'}
      size="lg"
      saveLabel={organization ? 'Save changes' : 'Add organization'}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <SectorSelect {...form.getInputProps('sector')} />
        <TextInput label="Address" {...form.getInputProps('address')} />
        <TextInput label="Website" placeholder="https://…" {...form.getInputProps('website')} />
      </SimpleGrid>
      <Textarea label="Notes" autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}

/**
 * Only the form's own fields: the record's id and stamps are not the form's to send back (the
 * edit command refuses keys it does not know, so sending the whole record refused every edit).
 */
function valuesOf(organization: Organization): Values {
  const { name, sector, address, website, notes } = organization;
  return { name, sector, address, website, notes };
}
