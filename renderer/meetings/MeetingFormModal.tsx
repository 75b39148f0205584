import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { z } from 'zod';
import { MeetingKind, MeetingStatus, type Meeting } from '../../src/meetings/model';
import { endClock, minutesOfDay } from '../../src/model/wallClock';
import { templatesFor } from '../../src/meetings/templates';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { PeopleMultiSelect, WorkgroupSelect } from '../components/pickers/pickers';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  title: string;
  kind: Meeting['kind'];
  workgroupId: string | null;
  date: string | null;
  startTime: string;
  endTime: string;
  durationMinutes: number | string;
  location: string;
  videoLink: string;
  status: Meeting['status'];
  inviteeIds: string[];
  templateId: string | null;
}

/** What the form checks itself; the rest is the command's to say. */
const NO_DAY = 'Choose the day of the meeting.';
const MeetingDay = z.object({ date: z.string({ error: NO_DAY }).min(1, NO_DAY) });

/** Plans a meeting, or edits one: what, when, where, and who is invited. */
export function MeetingFormModal({
  opened,
  onClose,
  meeting,
  onCreated,
}: DialogProps & {
  meeting?: Meeting;
  onCreated?: (id: string) => void;
}) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspaceActions();
  const zone = doc.coalition.timeZone;
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => (meeting ? valuesOf(meeting, zone) : blank(today)),
    schema: MeetingDay,
    save: async (values) => {
      const input = inputOf(values);
      if (meeting) {
        await run('updateMeeting', { id: meeting.id, changes: { ...input, status: values.status } });
      } else {
        const reply = await run('addMeeting', {
          ...input,
          ...(values.templateId ? { templateId: values.templateId } : {}),
        });
        onCreated?.(reply.result);
      }
    },
    success: (values) => (meeting ? 'Meeting saved.' : `Planned “${values.title}”.`),
    failure: 'The meeting was not saved',
    onClose,
  });

  const templates = templatesFor(form.values.kind).map((t) => ({
    value: t.id,
    label: `${t.name} (${t.durationMinutes} min)`,
  }));

  return (
    <FormDialog
      {...dialog}
      title={meeting ? 'Edit meeting' : 'New meeting'}
      size="lg"
      saveLabel={meeting ? 'Save meeting' : 'Plan meeting'}
    >
      <TextInput
        label="Title"
        required
        data-autofocus
        placeholder="First stakeholder meeting"
        {...form.getInputProps('title')}
      />
      <Group grow align="flex-start">
        <Select
          label="Kind of meeting"
          data={MeetingKind.choices}
          allowDeselect={false}
          {...form.getInputProps('kind')}
          onChange={(value) => {
            const kind = (value ?? 'other') as Meeting['kind'];
            form.setFieldValue('kind', kind);
            if (!meeting)
              form.setFieldValue('templateId', templatesFor(kind).find((t) => t.kinds.includes(kind))?.id ?? null);
          }}
        />
        <WorkgroupSelect label="Workgroup" placeholder="None" {...form.getInputProps('workgroupId')} />
      </Group>
      <Group grow align="flex-start">
        <DayInput label="Date" required {...form.getInputProps('date')} />
        <TimeInput label="Start time" required {...form.getInputProps('startTime')} />
        <TimeInput
          label="End time"
          description="Or leave empty and give the length."
          {...form.getInputProps('endTime')}
        />
        <NumberInput
          label="Length (minutes)"
          min={5}
          max={1440}
          step={15}
          allowDecimal={false}
          {...form.getInputProps('durationMinutes')}
          onChange={(value) => {
            form.setFieldValue('durationMinutes', value);
            form.setFieldValue('endTime', '');
          }}
        />
      </Group>
      <TextInput label="Location" placeholder="Riverside Public Library, Room B" {...form.getInputProps('location')} />
      <TextInput label="Video link" placeholder="https://…" {...form.getInputProps('videoLink')} />
      <PeopleMultiSelect label="Invitees" {...form.getInputProps('inviteeIds')} />
      {meeting ? (
        <Select label="Status" data={MeetingStatus.choices} allowDeselect={false} {...form.getInputProps('status')} />
      ) : (
        <Select
          label="Start the agenda from"
          description="A template you can change freely once the meeting is made."
          data={templates}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear template' }}
          placeholder="A blank agenda"
          {...form.getInputProps('templateId')}
        />
      )}
    </FormDialog>
  );
}

function blank(today: string): Values {
  return {
    title: '',
    kind: 'first-convening',
    workgroupId: null,
    date: today,
    startTime: '18:00',
    endTime: '',
    durationMinutes: '',
    location: '',
    videoLink: '',
    status: 'planned',
    inviteeIds: [],
    templateId: 'first-stakeholder-meeting',
  };
}

function valuesOf(meeting: Meeting, zone: string): Values {
  const { title, kind, workgroupId, date, startTime, durationMinutes, location, videoLink, status, inviteeIds } =
    meeting;
  return {
    title,
    kind,
    workgroupId,
    date,
    startTime,
    // A meeting that ends after midnight is shown by its length; an end time would read as before the start.
    endTime: endsSameDay(meeting, zone) ? endClock(date, startTime, durationMinutes, zone) : '',
    durationMinutes,
    location,
    videoLink,
    status,
    inviteeIds,
    templateId: null,
  };
}

/** What both commands take from the form. The schema has checked that the day is there. */
function inputOf(values: Values) {
  const { title, kind, workgroupId, date, startTime, location, videoLink, inviteeIds } = values;
  return {
    title,
    kind,
    workgroupId,
    date: date ?? '',
    startTime,
    location,
    videoLink,
    inviteeIds,
    // An end time wins; without one, the length in minutes (for a meeting past midnight).
    ...(values.endTime
      ? { endTime: values.endTime }
      : values.durationMinutes !== ''
        ? { durationMinutes: Number(values.durationMinutes) }
        : {}),
  };
}

function endsSameDay(meeting: Meeting, zone: string): boolean {
  return (
    minutesOfDay(endClock(meeting.date, meeting.startTime, meeting.durationMinutes, zone)) >
    minutesOfDay(meeting.startTime)
  );
}
