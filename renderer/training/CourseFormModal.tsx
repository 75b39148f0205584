import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { CourseFields, CourseKind, DEFAULT_REFRESHER_YEARS, type Course } from '../../src/training/model';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  name: string;
  kind: Course['kind'];
  hours: number;
  refresherYears: number;
}

const BLANK: Values = { name: '', kind: 'cit-40', hours: 40, refresherYears: DEFAULT_REFRESHER_YEARS };

/** Adds a course the program teaches, or edits one: its kind, length and refresher interval. */
export function CourseFormModal({ opened, onClose, course }: DialogProps & { course?: Course }) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () =>
      course
        ? { name: course.name, kind: course.kind, hours: course.hours, refresherYears: course.refresherYears }
        : BLANK,
    schema: CourseFields,
    save: (values) => (course ? run('updateCourse', { id: course.id, changes: values }) : run('addCourse', values)),
    success: (values) => (course ? 'Course saved.' : `Added the course “${values.name}”.`),
    failure: 'The course was not saved',
    onClose,
  });
  return (
    <FormDialog
      {...dialog}
      title={course ? 'Edit course' : 'New course'}
      saveLabel={course ? 'Save course' : 'Add course'}
    >
      <TextInput
        label="Course name"
        required
        data-autofocus
        placeholder="CIT 40-hour course"
        {...form.getInputProps('name')}
      />
      <Select label="Kind of course" data={CourseKind.choices} allowDeselect={false} {...form.getInputProps('kind')} />
      <Group grow align="flex-start">
        <NumberInput label="Hours" min={1} max={200} {...form.getInputProps('hours')} />
        <NumberInput
          label="Refresher every (years)"
          description="When a refresher is due after completing it."
          min={1}
          max={10}
          allowDecimal={false}
          {...form.getInputProps('refresherYears')}
        />
      </Group>
    </FormDialog>
  );
}
