import { Checkbox, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { z } from 'zod';
import {
  RecognitionEventFields,
  RecognitionKind,
  RecognitionStatus,
  type RecognitionEvent,
} from '../../src/recognition/model';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  title: string;
  kind: RecognitionEvent['kind'];
  date: string;
  startTime: string;
  venue: string;
  host: string;
  status: RecognitionEvent['status'];
  budgetNotes: string;
  thanks: string;
  standardCategories: boolean;
}

const blank: Values = {
  title: '',
  kind: 'awards-ceremony',
  date: '',
  startTime: '',
  venue: '',
  host: '',
  status: 'planning',
  budgetNotes: '',
  thanks: '',
  standardCategories: true,
};

/** The form's values as the command takes them: an empty start time means "not set yet". */
function toInput({ standardCategories: _, ...values }: Values) {
  return { ...values, startTime: values.startTime || null };
}

/** The command's own checks, run on what the form would send. */
const EventChecks = z.preprocess((values) => toInput(values as Values), RecognitionEventFields);

/** Adds a recognition event, or edits its details. */
export function EventFormModal({
  opened,
  onClose,
  event,
  onCreated,
}: DialogProps & {
  event?: RecognitionEvent;
  onCreated?: (id: string) => void;
}) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () =>
      event ? { ...blank, ...event, startTime: event.startTime ?? '', standardCategories: false } : blank,
    schema: EventChecks,
    save: async (values) => {
      if (event) {
        await run('updateRecognitionEvent', { id: event.id, changes: toInput(values) });
      } else {
        const reply = await run('addRecognitionEvent', {
          ...toInput(values),
          standardCategories: values.standardCategories,
        });
        onCreated?.(reply.result);
      }
    },
    success: (values) => (event ? 'Event saved.' : `Added “${values.title}”.`),
    failure: 'The event was not saved',
    onClose,
  });

  return (
    <FormDialog
      {...dialog}
      title={event ? 'Edit event' : 'New recognition event'}
      size="lg"
      saveLabel={event ? 'Save event' : 'Add event'}
    >
      <TextInput
        label="Title"
        required
        data-autofocus
        placeholder="2025 CIT Awards Ceremony"
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label="Kind of event"
          data={RecognitionKind.choices}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <Select
          label="Status"
          data={RecognitionStatus.choices}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        <DayInput label="Date" required {...form.getInputProps('date')} />
        <TimeInput
          label="Start time"
          description="The program times count from here."
          {...form.getInputProps('startTime')}
        />
      </SimpleGrid>
      <TextInput label="Venue" placeholder="Riverside Community Hall" {...form.getInputProps('venue')} />
      <TextInput
        label="Host"
        description="Who welcomes the guests and hosts the evening."
        {...form.getInputProps('host')}
      />
      <Textarea label="Budget notes" autosize minRows={2} maxRows={6} {...form.getInputProps('budgetNotes')} />
      <Textarea
        label="Thank-you message in the program"
        description="Printed above the names of your partner organizations. Leave empty for the standard wording."
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('thanks')}
      />
      {event ? null : (
        <Checkbox
          label="Start with the standard awards (Officer, Dispatcher, Mental Health Professional, Advocate, Lived Experience, Coordinator, Intervention of the Year)"
          {...form.getInputProps('standardCategories', { type: 'checkbox' })}
        />
      )}
    </FormDialog>
  );
}
