import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect } from 'react';
import { PolicyFields, PolicyKind, type Policy } from '../../src/policies/model';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import { organizationChoices, workgroupChoices } from '../components/choices';
import { showFailure, showSuccess } from '../components/feedback';

interface Values {
  title: string;
  kind: Policy['kind'];
  owningOrganizationId: string | null;
  workgroupId: string | null;
  partnerOrganizationIds: string[];
}

const blank: Values = {
  title: '',
  kind: 'agency-policy',
  owningOrganizationId: null,
  workgroupId: null,
  partnerOrganizationIds: [],
};

/** Adds a policy, or edits one: what it is, which agency owns it, who works on it, who signs it. */
export function PolicyFormModal({
  opened,
  onClose,
  policy,
  defaultWorkgroupId,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  policy?: Policy;
  defaultWorkgroupId?: string;
  onCreated?: (id: string) => void;
}) {
  const doc = useDoc();
  const { run } = useWorkspace();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: blank,
    validate: schemaResolver(PolicyFields, { sync: true }),
  });

  useEffect(() => {
    if (!opened) return;
    const values = policy
      ? {
          title: policy.title,
          kind: policy.kind,
          owningOrganizationId: policy.owningOrganizationId,
          workgroupId: policy.workgroupId,
          partnerOrganizationIds: policy.partnerOrganizationIds,
        }
      : { ...blank, workgroupId: defaultWorkgroupId ?? null };
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    // Reset only when the dialog opens.
  }, [opened]);

  const organizations = organizationChoices(doc);
  const partnerChoices = organizations.filter((o) => o.value !== form.values.owningOrganizationId);

  const submit = form.onSubmit(async (values) => {
    try {
      if (policy) {
        await run('updatePolicy', { id: policy.id, changes: values });
        showSuccess('Policy saved.');
      } else {
        const reply = await run('addPolicy', values);
        showSuccess(`Added “${values.title}”.`);
        onCreated?.(reply.result as string);
      }
      onClose();
    } catch (error) {
      showFailure(error, 'The policy was not saved', form.setErrors);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={policy ? 'Edit policy' : 'New policy or agreement'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Title"
            required
            data-autofocus
            placeholder="Custody transfer at the crisis center"
            {...form.getInputProps('title')}
          />
          <Select label="Kind" data={PolicyKind.choices} allowDeselect={false} {...form.getInputProps('kind')} />
          <Select
            label="Owning agency"
            description="The agency whose policy this is, or who keeps the agreement."
            data={organizations}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear owning agency' }}
            nothingFoundMessage="No agency by that name. Add it under Stakeholders first."
            {...form.getInputProps('owningOrganizationId')}
          />
          <Select
            label="Responsible workgroup"
            data={workgroupChoices(doc)}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear responsible workgroup' }}
            nothingFoundMessage="No workgroup by that name"
            {...form.getInputProps('workgroupId')}
          />
          <MultiSelect
            label="Partner agencies that must sign"
            description="Each one is asked to sign once the steering committee approves a revision."
            data={partnerChoices}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear the partner agencies' }}
            nothingFoundMessage="No agency by that name"
            {...form.getInputProps('partnerOrganizationIds')}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {policy ? 'Save policy' : 'Add policy'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
