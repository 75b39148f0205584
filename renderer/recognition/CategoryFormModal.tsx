import { NumberInput, Textarea, TextInput } from '@mantine/core';
import { AwardCategoryFields, DEFAULT_WORD_LIMIT, type AwardCategory } from '../../src/recognition/model';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  name: string;
  criteria: string;
  wordLimit: number;
}

const BLANK: Values = { name: '', criteria: '', wordLimit: DEFAULT_WORD_LIMIT };

/** Adds an award to an event, or edits one: its name, what the committee looks for, the story's word limit. */
export function CategoryFormModal({
  eventId,
  category,
  opened,
  onClose,
}: DialogProps & {
  eventId: string;
  category?: AwardCategory;
}) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () =>
      category ? { name: category.name, criteria: category.criteria, wordLimit: category.wordLimit } : BLANK,
    schema: AwardCategoryFields,
    save: (values) =>
      category
        ? run('updateAwardCategory', { eventId, id: category.id, changes: values })
        : run('addAwardCategory', { eventId, ...values }),
    success: (values) => (category ? 'Award saved.' : `Added “${values.name}”.`),
    failure: 'The award was not saved',
    onClose,
  });

  return (
    <FormDialog
      {...dialog}
      title={category ? 'Edit award' : 'New award'}
      size="lg"
      saveLabel={category ? 'Save award' : 'Add award'}
    >
      <TextInput
        label="Award name"
        required
        data-autofocus
        placeholder="Rookie of the Year"
        {...form.getInputProps('name')}
      />
      <Textarea
        label="Criteria"
        description="What the committee looks for. Nominators see this."
        autosize
        minRows={3}
        maxRows={8}
        {...form.getInputProps('criteria')}
      />
      <NumberInput
        label="Word limit for the story"
        min={25}
        max={5000}
        step={50}
        allowDecimal={false}
        maw={220}
        {...form.getInputProps('wordLimit')}
      />
    </FormDialog>
  );
}
