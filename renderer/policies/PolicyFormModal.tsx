import { Select, TextInput } from '@mantine/core';
import { PolicyFields, PolicyKind, type Policy } from '../../src/policies/model';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { organizationChoices } from '../components/choices';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { OrganizationSelect, WorkgroupSelect } from '../components/pickers/pickers';
import { RecordMultiSelect } from '../components/pickers/RecordSelect';

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
}: DialogProps & {
  policy?: Policy;
  defaultWorkgroupId?: string;
  onCreated?: (id: string) => void;
}) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => (policy ? valuesOf(policy) : { ...blank, workgroupId: defaultWorkgroupId ?? null }),
    schema: PolicyFields,
    save: async (values) => {
      if (policy) {
        await run('updatePolicy', { id: policy.id, changes: values });
      } else {
        const reply = await run('addPolicy', values);
        onCreated?.(reply.result);
      }
    },
    success: (values) => (policy ? 'Policy saved.' : `Added “${values.title}”.`),
    failure: 'The policy was not saved',
    onClose,
  });

  // The owning agency does not also sign as a partner.
  const owner = form.values.owningOrganizationId;
  const partnerChoices = (doc: WorkspaceDocument) => organizationChoices(doc).filter((o) => o.value !== owner);

  return (
    <FormDialog
      {...dialog}
      title={policy ? 'Edit policy' : 'New policy or agreement'}
      size="lg"
      saveLabel={policy ? 'Save policy' : 'Add policy'}
    >
      <TextInput
        label="Title"
        required
        data-autofocus
        placeholder="Custody transfer at the crisis center"
        {...form.getInputProps('title')}
      />
      <Select label="Kind" data={PolicyKind.choices} allowDeselect={false} {...form.getInputProps('kind')} />
      <OrganizationSelect
        label="Owning agency"
        description="The agency whose policy this is, or who keeps the agreement."
        nothingFoundMessage="No agency by that name. Add it under Stakeholders first."
        {...form.getInputProps('owningOrganizationId')}
      />
      <WorkgroupSelect
        label="Responsible workgroup"
        searchable
        nothingFoundMessage="No workgroup by that name"
        {...form.getInputProps('workgroupId')}
      />
      <RecordMultiSelect
        label="Partner agencies that must sign"
        description="Each one is asked to sign once the steering committee approves a revision."
        choices={partnerChoices}
        searchable
        clearButtonProps={{ 'aria-label': 'Clear the partner agencies' }}
        nothingFoundMessage="No agency by that name"
        {...form.getInputProps('partnerOrganizationIds')}
      />
    </FormDialog>
  );
}

function valuesOf(policy: Policy): Values {
  const { title, kind, owningOrganizationId, workgroupId, partnerOrganizationIds } = policy;
  return { title, kind, owningOrganizationId, workgroupId, partnerOrganizationIds };
}
