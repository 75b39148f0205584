import { Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { MeetingKind, MeetingStatus, type Meeting } from '../../src/meetings/model';
import { endClock, minutesOfDay } from '../../src/model/wallClock';
import { templatesFor } from '../../src/meetings/templates';
import { stakeholderChoices, workgroupChoices } from '../components/choices';
import { DayInput } from '../components/DayInput';
import { showFailure, showSuccess } from '../components/feedback';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';

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

/** Plans a meeting, or edits one: what, when, where, and who is invited. */
export function MeetingFormModal({
  opened,
  onClose,
  meeting,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  meeting?: Meeting;
  onCreated?: (id: string) => void;
}) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspace();
  const zone = doc.coalition.timeZone;
  const blank: Values = {
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
  const form = useForm<Values>({ mode: 'controlled', initialValues: blank });

  useEffect(() => {
    if (!opened) return;
    const values: Values = meeting
      ? {
          title: meeting.title,
          kind: meeting.kind,
          workgroupId: meeting.workgroupId,
          date: meeting.date,
          startTime: meeting.startTime,
          // A meeting that ends after midnight is shown by its length; an end time would read as before the start.
          endTime: endsSameDay(meeting, zone)
            ? endClock(meeting.date, meeting.startTime, meeting.durationMinutes, zone)
            : '',
          durationMinutes: meeting.durationMinutes,
          location: meeting.location,
          videoLink: meeting.videoLink,
          status: meeting.status,
          inviteeIds: meeting.inviteeIds,
          templateId: null,
        }
      : blank;
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  }, [opened]);

  const templates = templatesFor(form.values.kind).map((t) => ({
    value: t.id,
    label: `${t.name} (${t.durationMinutes} min)`,
  }));

  const submit = form.onSubmit(async (values) => {
    if (!values.date) {
      form.setFieldError('date', 'Choose the day of the meeting.');
      return;
    }
    const base = {
      title: values.title,
      kind: values.kind,
      workgroupId: values.workgroupId,
      date: values.date,
      startTime: values.startTime,
      location: values.location,
      videoLink: values.videoLink,
      inviteeIds: values.inviteeIds,
    };
    // An end time wins; without one, the length in minutes (for a meeting past midnight).
    const length = values.endTime
      ? { endTime: values.endTime }
      : values.durationMinutes !== ''
        ? { durationMinutes: Number(values.durationMinutes) }
        : {};
    try {
      if (meeting) {
        await run('updateMeeting', { id: meeting.id, changes: { ...base, ...length, status: values.status } });
        showSuccess('Meeting saved.');
      } else {
        const reply = await run('addMeeting', {
          ...base,
          ...length,
          ...(values.templateId ? { templateId: values.templateId } : {}),
        });
        showSuccess(`Planned “${values.title}”.`);
        onCreated?.(reply.result as string);
      }
      onClose();
    } catch (error) {
      showFailure(error, 'The meeting was not saved', form.setErrors);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={meeting ? 'Edit meeting' : 'New meeting'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
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
            <Select
              label="Workgroup"
              data={workgroupChoices(doc)}
              clearable
              clearButtonProps={{ 'aria-label': 'Clear workgroup' }}
              placeholder="None"
              {...form.getInputProps('workgroupId')}
            />
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
          <TextInput
            label="Location"
            placeholder="Riverside Public Library, Room B"
            {...form.getInputProps('location')}
          />
          <TextInput label="Video link" placeholder="https://…" {...form.getInputProps('videoLink')} />
          <MultiSelect
            label="Invitees"
            data={stakeholderChoices(doc)}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear invitees' }}
            nothingFoundMessage="Nobody by that name"
            {...form.getInputProps('inviteeIds')}
          />
          {meeting ? (
            <Select
              label="Status"
              data={MeetingStatus.choices}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
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
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {meeting ? 'Save meeting' : 'Plan meeting'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function endsSameDay(meeting: Meeting, zone: string): boolean {
  return (
    minutesOfDay(endClock(meeting.date, meeting.startTime, meeting.durationMinutes, zone)) >
    minutesOfDay(meeting.startTime)
  );
}
