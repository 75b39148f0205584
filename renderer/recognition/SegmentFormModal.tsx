import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { SegmentKind, type RecognitionEvent, type Segment } from '../../src/recognition/model';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { RecordSelect } from '../components/pickers/RecordSelect';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { personChoices } from './people';

interface Values {
  kind: Segment['kind'];
  title: string;
  durationMinutes: number | string;
  speakerId: string | null;
  speakerName: string;
  categoryId: string | null;
  notes: string;
}

const blank: Values = {
  kind: 'other',
  title: '',
  durationMinutes: 5,
  speakerId: null,
  speakerName: '',
  categoryId: null,
  notes: '',
};

/** Adds a segment to the run of show, or edits one: its kind, length, speaker and notes. */
export function SegmentFormModal({
  event,
  segment,
  opened,
  onClose,
}: DialogProps & {
  event: RecognitionEvent;
  segment?: Segment;
}) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => (segment ? { ...blank, ...segment } : blank),
    save: (values) => {
      const input = {
        ...values,
        durationMinutes: Number(values.durationMinutes),
        categoryId: values.kind === 'award' ? values.categoryId : null,
      };
      return segment
        ? run('updateSegment', { eventId: event.id, id: segment.id, changes: input })
        : run('addSegment', { eventId: event.id, ...input });
    },
    success: segment ? 'Segment saved.' : 'Segment added.',
    failure: 'The segment was not saved',
    onClose,
  });

  const isAward = form.values.kind === 'award';
  return (
    <FormDialog
      {...dialog}
      title={segment ? 'Edit segment' : 'New segment'}
      size="lg"
      saveLabel={segment ? 'Save segment' : 'Add segment'}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label="Kind"
          data={SegmentKind.choices}
          allowDeselect={false}
          data-autofocus
          {...form.getInputProps('kind')}
        />
        <NumberInput
          label="Length (minutes)"
          min={1}
          max={240}
          allowDecimal={false}
          {...form.getInputProps('durationMinutes')}
        />
      </SimpleGrid>
      {isAward ? (
        <Select
          label="Award presented"
          data={event.categories.map((c) => ({ value: c.id, label: c.name }))}
          clearable
          {...form.getInputProps('categoryId')}
        />
      ) : null}
      <TextInput
        label="Title"
        description={isAward ? 'Leave empty to use the award’s name.' : 'Leave empty to use the kind, e.g. “Welcome”.'}
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <RecordSelect
          label={isAward ? 'Presenter (stakeholder)' : 'Speaker (stakeholder)'}
          choices={personChoices}
          searchable
          nothingFoundMessage="No one by that name"
          {...form.getInputProps('speakerId')}
        />
        <TextInput
          label={isAward ? '…or presenter’s name' : '…or speaker’s name'}
          description="For a guest not in the workspace."
          {...form.getInputProps('speakerName')}
        />
      </SimpleGrid>
      <Textarea label="Notes for the stage manager" autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}
