import { Button, Group, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { DayInput } from '../components/DayInput';
import { PersonSelect } from '../components/pickers/pickers';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { saveDraft, type MinutesDraftProps } from './minutesDraft';

interface ActionValues {
  title: string;
  ownerId: string | null;
  dueDate: string | null;
}
export type ActionItemDraft = UseFormReturnType<ActionValues>;

/** The action item being written on a minutes item (see MinutesDraftProps). */
export function useActionItemDraft(): ActionItemDraft {
  return useForm<ActionValues>({ mode: 'controlled', initialValues: { title: '', ownerId: null, dueDate: null } });
}

/** Adds an action item that came out of a minutes item: what, who and by when. */
export function MinutesActionItemForm(props: MinutesDraftProps<ActionValues>) {
  const { meeting, item, form, onDone } = props;
  const { run } = useWorkspaceActions();
  const add = () => {
    const { title, ownerId, dueDate } = form.values;
    return saveDraft(
      props,
      () =>
        run('addMeetingActionItem', { meetingId: meeting.id, itemId: item.id, fields: { title, ownerId, dueDate } }),
      'The action item was not added',
      'Action item added.',
    );
  };

  return (
    <Group align="flex-end" gap="xs">
      <TextInput
        label="Action item"
        aria-label={`New action item for ${item.title}`}
        placeholder="Who does what"
        {...form.getInputProps('title')}
        style={{ flex: 1 }}
      />
      <PersonSelect
        label="Owner"
        aria-label={`Owner of the new action item for ${item.title}`}
        {...form.getInputProps('ownerId')}
        w={240}
      />
      <DayInput
        label="Due"
        aria-label={`Due date of the new action item for ${item.title}`}
        clearable
        {...form.getInputProps('dueDate')}
        w={160}
      />
      <Button variant="default" disabled={!form.values.title.trim()} onClick={() => void add()}>
        Add action item
      </Button>
      <Button variant="subtle" color="gray" onClick={onDone}>
        Cancel
      </Button>
    </Group>
  );
}
