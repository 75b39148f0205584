import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect } from 'react';
import type { z } from 'zod';
import { OrganizationFields, type Organization } from '../../src/stakeholders/model/organization';
import { Sector } from '../../src/model/sector';
import { showFailure, showSuccess } from '../components/feedback';
import { useWorkspace } from '../workspace/WorkspaceProvider';

type Values = z.output<typeof OrganizationFields>;
const BLANK: Values = { name: '', sector: 'other', address: '', website: '', notes: '' };

/** Adds an agency or group, or edits one. */
export function OrganizationFormModal({
  opened,
  onClose,
  organization,
}: {
  opened: boolean;
  onClose: () => void;
  organization?: Organization;
}) {
  const { run } = useWorkspace();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: BLANK,
    validate: schemaResolver(OrganizationFields, { sync: true }),
  });
  useEffect(() => {
    if (!opened) return;
    const values = organization ? { ...BLANK, ...organization } : BLANK;
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  }, [opened]);

  const submit = form.onSubmit(async (values) => {
    try {
      if (organization) await run('updateOrganization', { id: organization.id, changes: values });
      else await run('addOrganization', values);
      showSuccess(`Saved ${values.name.trim()}.`);
      onClose();
    } catch (error) {
      showFailure(error, 'Not saved', form.setErrors);
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={organization ? `Edit ${organization.name}` : 'Add an organization'}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
            <Select
              label="Sector"
              data={Sector.choices}
              allowDeselect={false}
              maxDropdownHeight={320}
              {...form.getInputProps('sector')}
            />
            <TextInput label="Address" {...form.getInputProps('address')} />
            <TextInput label="Website" placeholder="https://…" {...form.getInputProps('website')} />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">{organization ? 'Save changes' : 'Add organization'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
