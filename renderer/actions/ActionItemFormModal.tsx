import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { ActionStatus, type ActionItem } from '../../src/actions/model';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { PersonSelect, WorkgroupSelect } from '../components/pickers/pickers';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  title: string;
  ownerId: string | null;
  ownerName: string;
  dueDate: string | null;
  status: ActionItem['status'];
  workgroupId: string | null;
  notes: string;
}

const BLANK: Values = {
  title: '',
  ownerId: null,
  ownerName: '',
  dueDate: null,
  status: 'open',
  workgroupId: null,
  notes: '',
};

/** Adds an action item by hand, or edits one from anywhere in the workspace. */
export function ActionItemFormModal({
  opened,
  onClose,
  item,
}: DialogProps & {
  item?: ActionItem;
}) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => (item ? valuesOf(item) : BLANK),
    save: (values) => (item ? run('updateActionItem', { id: item.id, changes: values }) : run('addActionItem', values)),
    success: (values) => (item ? 'Action item saved.' : `Added “${values.title}”.`),
    failure: 'The action item was not saved',
    onClose,
  });

  return (
    <FormDialog
      {...dialog}
      title={item ? 'Edit action item' : 'New action item'}
      size="lg"
      saveLabel={item ? 'Save action item' : 'Add action item'}
    >
      <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
      <Group grow align="flex-start">
        <PersonSelect label="Owner" placeholder="Someone in the workspace" {...form.getInputProps('ownerId')} />
        <TextInput
          label="Or owner’s name"
          description="For someone not in the workspace."
          disabled={Boolean(form.values.ownerId)}
          {...form.getInputProps('ownerName')}
        />
      </Group>
      <Group grow align="flex-start">
        <DayInput label="Due date" clearable {...form.getInputProps('dueDate')} />
        <Select label="Status" data={ActionStatus.choices} allowDeselect={false} {...form.getInputProps('status')} />
        <WorkgroupSelect label="Workgroup" placeholder="None" {...form.getInputProps('workgroupId')} />
      </Group>
      <Textarea label="Notes" autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}

function valuesOf(item: ActionItem): Values {
  const { title, ownerId, ownerName, dueDate, status, workgroupId, notes } = item;
  return { title, ownerId, ownerName, dueDate, status, workgroupId, notes };
}
