import { Button, Group, Modal, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect } from 'react';
import { WorkgroupFields, WorkgroupFocus, WorkgroupStatus, type Workgroup } from '../../src/workgroups/model';
import { stakeholderChoices } from '../components/choices';
import { DayInput } from '../components/DayInput';
import { showFailure, showSuccess } from '../components/feedback';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';

interface Values {
  name: string;
  focus: Workgroup['focus'];
  charge: string;
  leadId: string | null;
  memberIds: string[];
  status: Workgroup['status'];
  formedOn: string | null;
  closedOn: string | null;
  statusLine: string;
}

/** Forms a workgroup, or edits one: its focus, the committee's charge, its lead and members, its dates. */
export function WorkgroupFormModal({
  opened,
  onClose,
  workgroup,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  workgroup?: Workgroup;
  onCreated?: (id: string) => void;
}) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspace();
  const blank: Values = {
    name: '',
    focus: 'policy',
    charge: '',
    leadId: null,
    memberIds: [],
    status: 'active',
    formedOn: today,
    closedOn: null,
    statusLine: '',
  };
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: blank,
    validate: schemaResolver(WorkgroupFields, { sync: true }),
  });

  useEffect(() => {
    if (!opened) return;
    const values: Values = workgroup
      ? {
          name: workgroup.name,
          focus: workgroup.focus,
          charge: workgroup.charge,
          leadId: workgroup.leadId,
          memberIds: workgroup.memberIds,
          status: workgroup.status,
          formedOn: workgroup.formedOn,
          closedOn: workgroup.closedOn,
          statusLine: workgroup.statusLine,
        }
      : blank;
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  }, [opened]);

  const people = stakeholderChoices(doc);

  const submit = form.onSubmit(async (values) => {
    // The lead is always a member; the command adds them too, the form shows it at once.
    const memberIds =
      values.leadId && !values.memberIds.includes(values.leadId)
        ? [values.leadId, ...values.memberIds]
        : values.memberIds;
    const input = { ...values, memberIds, closedOn: values.status === 'completed' ? values.closedOn : null };
    try {
      if (workgroup) {
        const { statusLine: _unchanged, ...changes } = input;
        await run('updateWorkgroup', { id: workgroup.id, changes });
        showSuccess('Workgroup saved.');
      } else {
        const reply = await run('addWorkgroup', input);
        showSuccess(`Formed the ${values.name} workgroup.`);
        onCreated?.(reply.result as string);
      }
      onClose();
    } catch (error) {
      showFailure(error, 'The workgroup was not saved', form.setErrors);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={workgroup ? 'Edit workgroup' : 'New workgroup'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            required
            data-autofocus
            placeholder="Receiving facilities"
            {...form.getInputProps('name')}
          />
          <Group grow align="flex-start">
            <Select
              label="Focus"
              data={WorkgroupFocus.choices}
              allowDeselect={false}
              {...form.getInputProps('focus')}
            />
            <Select
              label="Status"
              data={WorkgroupStatus.choices}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
          </Group>
          <Textarea
            label="Charge"
            description="What the steering committee asked this workgroup to do."
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('charge')}
          />
          <Select
            label="Lead"
            data={people}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear lead' }}
            nothingFoundMessage="Nobody by that name"
            {...form.getInputProps('leadId')}
          />
          <MultiSelect
            label="Members"
            data={people}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear members' }}
            nothingFoundMessage="Nobody by that name"
            {...form.getInputProps('memberIds')}
          />
          <Group grow align="flex-start">
            <DayInput label="Formed on" clearable {...form.getInputProps('formedOn')} />
            {form.values.status === 'completed' ? (
              <DayInput
                label="Closed on"
                description="Today, if left empty."
                clearable
                {...form.getInputProps('closedOn')}
              />
            ) : (
              <div />
            )}
          </Group>
          {workgroup ? null : (
            <TextInput
              label="Status line"
              description="A short line on where things stand; the lead keeps it up to date."
              placeholder="Drafting the MOA, review in March"
              {...form.getInputProps('statusLine')}
            />
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {workgroup ? 'Save workgroup' : 'Form workgroup'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
