import {
  Alert,
  Autocomplete,
  Checkbox,
  Group,
  Input,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { z } from 'zod';
import {
  EngagementStage,
  ExportPrivacy,
  Level,
  PreferredContact,
  ProgramRole,
  StakeholderFields,
  type Stakeholder,
} from '../../src/stakeholders/model/stakeholder';
import type { Organization } from '../../src/stakeholders/model/organization';
import { optionalLine } from '../../src/model/text';
import { describeDuplicate, DuplicateIndex } from '../../src/stakeholders/duplicates';
import { findOrganizationByName } from '../../src/stakeholders/organizationMatch';
import { privacySummary } from '../../src/stakeholders/privacy';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { SectorSelect } from './SectorSelect';

/** The form's fields: the stakeholder's own, with the organization typed as a name. */
const FormSchema = StakeholderFields.omit({ organizationId: true }).extend({
  organization: optionalLine('Organization'),
  stage: EngagementStage,
});
type Values = z.output<typeof FormSchema>;

const BLANK: Values = {
  name: '',
  title: '',
  organization: '',
  sector: 'other',
  email: '',
  phone: '',
  preferredContact: 'any',
  tags: [],
  notes: '',
  livedExperience: false,
  privacy: 'public',
  roles: [],
  influence: 'medium',
  interest: 'medium',
  stage: 'identified',
};

/** Adds a person, or edits one. The stage of an existing person changes through their history, not here. */
export function StakeholderFormModal({
  opened,
  onClose,
  person,
  onSaved,
}: DialogProps & {
  person?: Stakeholder;
  onSaved?: (id: string) => void;
}) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => (person ? valuesOf(person, doc.organizations) : BLANK),
    schema: FormSchema,
    save: async (values) => {
      const { organization, stage, ...fields } = values;
      const existing = organization.trim() ? findOrganizationByName(doc.organizations, organization) : undefined;
      const org = existing
        ? { organizationId: existing.id }
        : organization.trim()
          ? { organizationId: null, organizationName: organization }
          : { organizationId: null };
      if (person) {
        await run('updateStakeholder', { id: person.id, changes: { ...fields, ...org } });
        onSaved?.(person.id);
      } else {
        const reply = await run('addStakeholder', { ...fields, ...org, stage });
        onSaved?.(reply.result);
      }
    },
    // A new agency's name travels as organizationName; the form's field is "organization".
    fieldOf: (field) => (field === 'organizationName' ? 'organization' : field),
    success: (values) => `${person ? 'Saved' : 'Added'} ${values.name.trim()}.`,
    failure: 'Not saved',
    onClose,
  });

  const organizationNames = useMemo(
    () => [...new Set(doc.organizations.map((o) => o.name))].sort((a, b) => a.localeCompare(b)),
    [doc.organizations],
  );
  // Built when the form opens; warns (without refusing) when the person seems to be on the list already.
  const duplicates = useMemo(
    () =>
      opened
        ? DuplicateIndex.forWorkspace(
            doc.stakeholders.filter((s) => s.id !== person?.id),
            doc.organizations,
          )
        : null,
    [opened, doc, person?.id],
  );
  const values = form.getValues();
  const duplicate =
    duplicates?.match({ name: values.name, email: values.email, organizationName: values.organization }) ?? null;
  const newOrganization =
    values.organization.trim() !== '' && !findOrganizationByName(doc.organizations, values.organization);

  const toggleLived = (checked: boolean) => {
    form.setFieldValue('livedExperience', checked);
    // A person newly marked as bringing lived experience is kept out of contact lists until they say otherwise.
    if (checked && form.getValues().privacy === 'public') form.setFieldValue('privacy', 'name-only');
  };

  return (
    <FormDialog
      {...dialog}
      title={person ? `Edit ${person.name}` : 'Add a person'}
      size="xl"
      saveLabel={person ? 'Save changes' : 'Add person'}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label="Name" required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
        <TextInput
          label="Title"
          placeholder="Sergeant, crisis clinician, board president…"
          {...form.getInputProps('title')}
        />
        <Autocomplete
          label="Organization"
          data={organizationNames}
          limit={12}
          description={newOrganization ? 'Not on the list yet: it will be added.' : undefined}
          {...form.getInputProps('organization')}
        />
        <SectorSelect {...form.getInputProps('sector')} />
        <TextInput
          label="Email"
          type="email"
          placeholder="name@agency.org"
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <TextInput
          label="Phone"
          type="tel"
          placeholder="(555) 010-2030"
          autoComplete="off"
          {...form.getInputProps('phone')}
        />
        <Select
          label="Preferred contact"
          data={PreferredContact.choices}
          allowDeselect={false}
          {...form.getInputProps('preferredContact')}
        />
        {person ? null : (
          <Select label="Stage" data={EngagementStage.choices} allowDeselect={false} {...form.getInputProps('stage')} />
        )}
      </SimpleGrid>

      {duplicate ? (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="This may be someone already on the list">
          {describeDuplicate(duplicate)} You can still save; check first that it is a different person.
        </Alert>
      ) : null}

      <TagsInput
        label="Tags"
        description="Press Enter or type a comma after each tag."
        clearable
        clearButtonProps={{ 'aria-label': 'Clear tags' }}
        {...form.getInputProps('tags')}
      />

      <Checkbox.Group label="Roles in the program" {...form.getInputProps('roles')}>
        <Group gap="lg" mt={6}>
          {ProgramRole.choices.map((c) => (
            <Checkbox key={c.value} value={c.value} label={c.label} />
          ))}
        </Group>
      </Checkbox.Group>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Input.Wrapper label="Influence" description="How much they can move the program forward.">
          <SegmentedControl
            fullWidth
            aria-label="Influence"
            data={Level.choices}
            {...form.getInputProps('influence')}
          />
        </Input.Wrapper>
        <Input.Wrapper label="Interest" description="How much crisis response matters to them.">
          <SegmentedControl fullWidth aria-label="Interest" data={Level.choices} {...form.getInputProps('interest')} />
        </Input.Wrapper>
      </SimpleGrid>

      <Stack gap={6}>
        <Checkbox
          label="Has lived experience of mental illness"
          checked={values.livedExperience}
          onChange={(e) => toggleLived(e.currentTarget.checked)}
        />
        <Radio.Group
          label="In shared documents"
          description="Ask the person how they want to appear. The roster, shared lists and contact cards follow this."
          {...form.getInputProps('privacy')}
        >
          <Stack gap={6} mt={6}>
            {ExportPrivacy.options.map((value) => (
              <Radio
                key={value}
                value={value}
                label={ExportPrivacy.labelOf(value)}
                description={privacySummary(value)}
              />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>

      <Textarea label="Notes" autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
      {Object.keys(form.errors).length > 1 ? (
        <Text c="red" size="sm" role="alert">
          Please correct the fields marked in red.
        </Text>
      ) : null}
    </FormDialog>
  );
}

/** Only the form's own fields: the record's id, history and stamps are not the form's to send back. */
function valuesOf(person: Stakeholder, organizations: readonly Organization[]): Values {
  return {
    ...(Object.fromEntries(
      Object.keys(BLANK).map((key) => [key, person[key as keyof Stakeholder] ?? BLANK[key as keyof Values]]),
    ) as Values),
    organization: organizations.find((o) => o.id === person.organizationId)?.name ?? '',
  };
}

/** The command calls the typed organization `organizationName`; the form calls it `organization`. */
