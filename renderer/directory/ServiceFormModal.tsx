import {
  ActionIcon,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  ReferralWay,
  ServiceFields,
  ServiceKind,
  Weekday,
  type HoursRow,
  type Service,
} from '../../src/directory/model';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { OrganizationSelect } from '../components/pickers/pickers';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

type Values = Omit<ServiceFields, 'organizationId'> & { organizationId: string };

const BLANK: Values = {
  organizationId: '',
  name: '',
  kind: 'other',
  description: '',
  eligibility: '',
  openAllDay: false,
  hours: [],
  phone: '',
  address: '',
  city: '',
  state: '',
  postalCode: '',
  area: '',
  languages: [],
  referral: 'call-first',
  receivingFacility: false,
  lastChecked: null,
};

function valuesOf(service: Service): Values {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = service;
  return { ...BLANK, ...fields };
}

/**
 * Adds a service to the directory, or edits one. The service is offered by an organization of
 * the workspace and reached on that organization's line: there is no field for a person.
 */
export function ServiceFormModal({
  opened,
  onClose,
  service,
  today,
}: DialogProps & { service?: Service; today: string }) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => (service ? valuesOf(service) : { ...BLANK, lastChecked: today }),
    schema: ServiceFields,
    save: (values) => (service ? run('updateService', { id: service.id, changes: values }) : run('addService', values)),
    success: (values) => (service ? 'Service saved.' : `Added “${values.name}” to the directory.`),
    failure: 'The service was not saved',
    onClose,
  });
  const hours = form.getValues().hours;
  const setHours = (rows: HoursRow[]) => form.setFieldValue('hours', rows);
  return (
    <FormDialog
      {...dialog}
      size="xl"
      title={service ? 'Edit service' : 'New service'}
      saveLabel={service ? 'Save service' : 'Add service'}
    >
      <SimpleGrid cols={2}>
        <TextInput
          label="Service name"
          required
          data-autofocus
          placeholder="Crisis stabilization unit"
          {...form.getInputProps('name')}
        />
        <OrganizationSelect
          label="Organization"
          required
          placeholder="Who offers it"
          {...form.getInputProps('organizationId')}
        />
        <Select
          label="Kind of service"
          data={ServiceKind.choices}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <Select
          label="How to refer"
          data={ReferralWay.choices}
          allowDeselect={false}
          {...form.getInputProps('referral')}
        />
      </SimpleGrid>
      <Checkbox
        label="Receiving facility: officers may bring a person in crisis here"
        {...form.getInputProps('receivingFacility', { type: 'checkbox' })}
      />
      <Textarea label="What is offered" autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
      <TextInput
        label="Who is eligible"
        placeholder="Adults 18 and over, any insurance"
        {...form.getInputProps('eligibility')}
      />
      <Stack gap={6}>
        <Text fw={500} size="sm">
          Hours
        </Text>
        <Checkbox
          label="Open all day and night, every day"
          {...form.getInputProps('openAllDay', { type: 'checkbox' })}
        />
        {form.getValues().openAllDay ? null : (
          <Stack gap={6}>
            {hours.map((row, index) => (
              <Group key={index} gap="xs" align="flex-end">
                <Select
                  label={index === 0 ? 'Day' : undefined}
                  aria-label={`Day of opening ${index + 1}`}
                  data={Weekday.choices}
                  allowDeselect={false}
                  w={150}
                  {...form.getInputProps(`hours.${index}.day`)}
                />
                <TextInput
                  label={index === 0 ? 'Opens' : undefined}
                  aria-label={`Opens, opening ${index + 1}`}
                  type="time"
                  w={130}
                  {...form.getInputProps(`hours.${index}.opens`)}
                />
                <TextInput
                  label={index === 0 ? 'Closes' : undefined}
                  aria-label={`Closes, opening ${index + 1}`}
                  type="time"
                  w={130}
                  {...form.getInputProps(`hours.${index}.closes`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={`Remove opening ${index + 1}`}
                  onClick={() => setHours(hours.filter((_, i) => i !== index))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group gap="xs">
              <ActionIcon
                variant="light"
                aria-label="Add opening hours"
                onClick={() => {
                  const last = hours.at(-1);
                  const next = last ? Weekday.options[(Weekday.options.indexOf(last.day) + 1) % 7]! : 'mo';
                  setHours([...hours, { day: next, opens: last?.opens ?? '09:00', closes: last?.closes ?? '17:00' }]);
                }}
              >
                <IconPlus size={16} />
              </ActionIcon>
              <Text size="xs" c="dimmed">
                Add a line per day. A closing time earlier than the opening runs past midnight.
              </Text>
            </Group>
          </Stack>
        )}
      </Stack>
      <SimpleGrid cols={2}>
        <TextInput
          label="Phone"
          placeholder="The organization’s line for this service"
          {...form.getInputProps('phone')}
        />
        <TextInput label="Area served" placeholder="Lakeside County" {...form.getInputProps('area')} />
        <TextInput label="Street address" {...form.getInputProps('address')} />
        <Group grow gap="xs">
          <TextInput label="City" {...form.getInputProps('city')} />
          <TextInput label="State" {...form.getInputProps('state')} />
          <TextInput label="ZIP code" {...form.getInputProps('postalCode')} />
        </Group>
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TagsInput
          label="Languages"
          description="Press Enter after each"
          placeholder="Spanish"
          {...form.getInputProps('languages')}
        />
        <DayInput label="Last checked with the provider" clearable {...form.getInputProps('lastChecked')} />
      </SimpleGrid>
    </FormDialog>
  );
}
