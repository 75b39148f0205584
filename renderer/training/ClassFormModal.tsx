import { Checkbox, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { ClassFields, type TrainingClass } from '../../src/training/model';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { PeopleMultiSelect } from '../components/pickers/pickers';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  courseId: string;
  startsOn: string;
  endsOn: string;
  place: string;
  instructorIds: string[];
  panelSpeakerIds: string[];
  capacity: number;
  cancelled: boolean;
}

/** Plans a class of a course, or edits one: its days, place, instructors, speakers and places. */
export function ClassFormModal({
  opened,
  onClose,
  trainingClass,
  onCreated,
}: DialogProps & { trainingClass?: TrainingClass; onCreated?: (id: string) => void }) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () =>
      trainingClass
        ? {
            courseId: trainingClass.courseId,
            startsOn: trainingClass.startsOn,
            endsOn: trainingClass.endsOn,
            place: trainingClass.place,
            instructorIds: trainingClass.instructorIds,
            panelSpeakerIds: trainingClass.panelSpeakerIds,
            capacity: trainingClass.capacity,
            cancelled: trainingClass.cancelled,
          }
        : {
            courseId: doc.trainingCourses[0]?.id ?? '',
            startsOn: today,
            endsOn: today,
            place: '',
            instructorIds: [],
            panelSpeakerIds: [],
            capacity: 25,
            cancelled: false,
          },
    schema: ClassFields,
    save: async (values) => {
      if (trainingClass) await run('updateTrainingClass', { id: trainingClass.id, changes: values });
      else onCreated?.((await run('addTrainingClass', values)).result);
    },
    success: trainingClass ? 'Class saved.' : 'Class planned.',
    failure: 'The class was not saved',
    onClose,
  });
  return (
    <FormDialog
      {...dialog}
      title={trainingClass ? 'Edit class' : 'New class'}
      size="lg"
      saveLabel={trainingClass ? 'Save class' : 'Plan class'}
    >
      <Select
        label="Course"
        required
        allowDeselect={false}
        data={doc.trainingCourses.map((c) => ({ value: c.id, label: c.name }))}
        {...form.getInputProps('courseId')}
      />
      <Group grow align="flex-start">
        <DayInput label="First day" required {...form.getInputProps('startsOn')} />
        <DayInput label="Last day" required {...form.getInputProps('endsOn')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Place" placeholder="Sheriff’s training room" {...form.getInputProps('place')} />
        <NumberInput label="Capacity" min={1} max={500} allowDecimal={false} {...form.getInputProps('capacity')} />
      </Group>
      <PeopleMultiSelect label="Instructors" {...form.getInputProps('instructorIds')} />
      <PeopleMultiSelect
        label="Panel speakers"
        description="People with lived experience, family members, providers."
        {...form.getInputProps('panelSpeakerIds')}
      />
      {trainingClass ? (
        <Checkbox label="This class was cancelled" {...form.getInputProps('cancelled', { type: 'checkbox' })} />
      ) : null}
    </FormDialog>
  );
}
