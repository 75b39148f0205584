import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { WorkgroupFields, WorkgroupFocus, WorkgroupStatus, type Workgroup } from '../../src/workgroups/model';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { PeopleMultiSelect, PersonSelect } from '../components/pickers/pickers';
import { useToday } from '../components/useToday';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

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
}: DialogProps & {
  workgroup?: Workgroup;
  onCreated?: (id: string) => void;
}) {
  const today = useToday();
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => (workgroup ? valuesOf(workgroup) : blank(today)),
    schema: WorkgroupFields,
    save: async (values) => {
      const input = withLeadAsMember(values);
      if (workgroup) {
        // The status line has its own command (StatusLineEditor), dated when it is written.
        const { statusLine: _unchanged, ...changes } = input;
        await run('updateWorkgroup', { id: workgroup.id, changes });
      } else {
        const reply = await run('addWorkgroup', input);
        onCreated?.(reply.result);
      }
    },
    success: (values) => (workgroup ? 'Workgroup saved.' : `Formed the ${values.name} workgroup.`),
    failure: 'The workgroup was not saved',
    onClose,
  });

  return (
    <FormDialog
      {...dialog}
      title={workgroup ? 'Edit workgroup' : 'New workgroup'}
      size="lg"
      saveLabel={workgroup ? 'Save workgroup' : 'Form workgroup'}
    >
      <TextInput
        label="Name"
        required
        data-autofocus
        placeholder="Receiving facilities"
        {...form.getInputProps('name')}
      />
      <Group grow align="flex-start">
        <Select label="Focus" data={WorkgroupFocus.choices} allowDeselect={false} {...form.getInputProps('focus')} />
        <Select label="Status" data={WorkgroupStatus.choices} allowDeselect={false} {...form.getInputProps('status')} />
      </Group>
      <Textarea
        label="Charge"
        description="What the steering committee asked this workgroup to do."
        autosize
        minRows={3}
        maxRows={8}
        {...form.getInputProps('charge')}
      />
      <PersonSelect label="Lead" {...form.getInputProps('leadId')} />
      <PeopleMultiSelect label="Members" {...form.getInputProps('memberIds')} />
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
    </FormDialog>
  );
}

function blank(today: string): Values {
  return {
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
}

function valuesOf(workgroup: Workgroup): Values {
  const { name, focus, charge, leadId, memberIds, status, formedOn, closedOn, statusLine } = workgroup;
  return { name, focus, charge, leadId, memberIds, status, formedOn, closedOn, statusLine };
}

/** The lead is always a member (the command adds them too; the form shows it at once), and only a completed workgroup has a closing date. */
function withLeadAsMember(values: Values): Values {
  const memberIds =
    values.leadId && !values.memberIds.includes(values.leadId)
      ? [values.leadId, ...values.memberIds]
      : values.memberIds;
  return { ...values, memberIds, closedOn: values.status === 'completed' ? values.closedOn : null };
}
