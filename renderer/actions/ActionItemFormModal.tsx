import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { ActionStatus, type ActionItem } from '../../src/actions/model';
import { stakeholderChoices, workgroupChoices } from '../components/choices';
import { DayInput } from '../components/DayInput';
import { showFailure, showSuccess } from '../components/feedback';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';

interface Values {
  title: string;
  ownerId: string | null;
  ownerName: string;
  dueDate: string | null;
  status: ActionItem['status'];
  workgroupId: string | null;
  notes: string;
}

/** Adds an action item by hand, or edits one from anywhere in the workspace. */
export function ActionItemFormModal({
  opened,
  onClose,
  item,
}: {
  opened: boolean;
  onClose: () => void;
  item?: ActionItem;
}) {
  const doc = useDoc();
  const { run } = useWorkspace();
  const blank: Values = {
    title: '',
    ownerId: null,
    ownerName: '',
    dueDate: null,
    status: 'open',
    workgroupId: null,
    notes: '',
  };
  const form = useForm<Values>({ mode: 'controlled', initialValues: blank });
  useEffect(() => {
    if (!opened) return;
    const values = item
      ? {
          title: item.title,
          ownerId: item.ownerId,
          ownerName: item.ownerName,
          dueDate: item.dueDate,
          status: item.status,
          workgroupId: item.workgroupId,
          notes: item.notes,
        }
      : blank;
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  }, [opened]);

  const submit = form.onSubmit(async (values) => {
    try {
      if (item) {
        await run('updateActionItem', { id: item.id, changes: values });
        showSuccess('Action item saved.');
      } else {
        await run('addActionItem', values);
        showSuccess(`Added “${values.title}”.`);
      }
      onClose();
    } catch (error) {
      showFailure(error, 'The action item was not saved', form.setErrors);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={item ? 'Edit action item' : 'New action item'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <Group grow align="flex-start">
            <Select
              label="Owner"
              data={stakeholderChoices(doc)}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': 'Clear owner' }}
              placeholder="Someone in the workspace"
              {...form.getInputProps('ownerId')}
            />
            <TextInput
              label="Or owner’s name"
              description="For someone not in the workspace."
              disabled={Boolean(form.values.ownerId)}
              {...form.getInputProps('ownerName')}
            />
          </Group>
          <Group grow align="flex-start">
            <DayInput label="Due date" clearable {...form.getInputProps('dueDate')} />
            <Select
              label="Status"
              data={ActionStatus.choices}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
            <Select
              label="Workgroup"
              data={workgroupChoices(doc)}
              clearable
              clearButtonProps={{ 'aria-label': 'Clear workgroup' }}
              placeholder="None"
              {...form.getInputProps('workgroupId')}
            />
          </Group>
          <Textarea label="Notes" autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {item ? 'Save action item' : 'Add action item'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
