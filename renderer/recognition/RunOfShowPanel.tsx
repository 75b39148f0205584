import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { SegmentKind, type RecognitionEvent, type Segment } from '../../src/recognition/model';
import { startClock } from '../../src/recognition/eventDate';
import { honoreesOf } from '../../src/recognition/honorees';
import { formatDuration, timeRunOfShow } from '../../src/recognition/runOfShow';
import { speakerName } from '../../src/recognition/speakers';
import { ConfirmModal } from '../components/ConfirmModal';
import { showFailure, showSuccess } from '../components/feedback';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import { personChoices } from './people';

/** The order of the ceremony with each segment's clock time, counted from the event's start. */
export function RunOfShowPanel({ event }: { event: RecognitionEvent }) {
  const doc = useDoc();
  const { run } = useWorkspace();
  const [editing, setEditing] = useState<Segment | 'new' | null>(null);
  const [removing, setRemoving] = useState<Segment | null>(null);
  const timing = useMemo(() => timeRunOfShow(event), [event]);
  const honorees = useMemo(() => honoreesOf(event, doc), [event, doc]);

  async function move(segment: Segment, toIndex: number) {
    try {
      await run('moveSegment', { eventId: event.id, id: segment.id, toIndex });
    } catch (error) {
      showFailure(error, 'The segment was not moved');
    }
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" data-testid="run-of-show-summary">
          {timing.segments.length === 0
            ? 'No segments yet.'
            : event.startTime
              ? `Starts ${startClock(event.startTime)}, ends ${timing.endsAt} · ${formatDuration(timing.totalMinutes)} in all`
              : `${formatDuration(timing.totalMinutes)} in all`}
        </Text>
        <Group gap="sm">
          {timing.segments.length === 0 ? (
            <Button
              variant="default"
              onClick={async () => {
                try {
                  await run('draftRunOfShow', { eventId: event.id });
                  showSuccess('Drafted the run of show. Adjust the lengths and speakers to suit.');
                } catch (error) {
                  showFailure(error, 'The run of show was not drafted');
                }
              }}
            >
              Draft a run of show
            </Button>
          ) : null}
          <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
            Add segment
          </Button>
        </Group>
      </Group>
      {!event.startTime && timing.segments.length > 0 ? (
        <Alert color="blue" variant="light">
          Set the event’s start time (Edit details) to see the clock time of each segment.
        </Alert>
      ) : null}
      {timing.passesMidnight ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
          The program runs past midnight. Check the segment lengths.
        </Alert>
      ) : null}
      {timing.segments.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text size="sm" c="dimmed">
            The run of show is the order of the ceremony: a welcome, a keynote, each award with its presenter and
            honoree, and a closing. Draft one from your awards, or add segments one by one.
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" aria-label="Run of show">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={100}>{event.startTime ? 'Time' : 'From start'}</Table.Th>
                  <Table.Th>Segment</Table.Th>
                  <Table.Th>Speaker</Table.Th>
                  <Table.Th w={90}>Length</Table.Th>
                  <Table.Th w={150}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {timing.segments.map(({ segment, title, startsAt, offsetMinutes }, index) => {
                  const forAward =
                    segment.kind === 'award' ? honorees.filter((h) => h.category.id === segment.categoryId) : [];
                  return (
                    <Table.Tr key={segment.id} data-testid="segment-row">
                      <Table.Td>{startsAt ?? `+${formatDuration(offsetMinutes)}`}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={segment.kind === 'award' ? 600 : 400}>
                          {title}
                        </Text>
                        {segment.kind === 'award' ? (
                          <Text size="xs" c="dimmed">
                            {forAward.length > 0
                              ? `Honoree: ${forAward.map((h) => h.nominee.name).join('; ')}`
                              : 'No honoree selected yet'}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{speakerName(segment, doc) || '—'}</Text>
                      </Table.Td>
                      <Table.Td>{formatDuration(segment.durationMinutes)}</Table.Td>
                      <Table.Td>
                        <Group gap={2} justify="flex-end" wrap="nowrap">
                          <Tooltip label="Move up">
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={`Move ${title} up`}
                              disabled={index === 0}
                              onClick={() => move(segment, index - 1)}
                            >
                              <IconArrowUp size={16} />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label="Move down">
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={`Move ${title} down`}
                              disabled={index === timing.segments.length - 1}
                              onClick={() => move(segment, index + 1)}
                            >
                              <IconArrowDown size={16} />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label="Edit">
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={`Edit ${title}`}
                              onClick={() => setEditing(segment)}
                            >
                              <IconPencil size={16} />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label="Remove">
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={`Remove ${title}`}
                              onClick={() => setRemoving(segment)}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <SegmentFormModal
        event={event}
        segment={editing === 'new' ? undefined : (editing ?? undefined)}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title="Remove this segment?"
        message="It will be taken out of the run of show; the segments after it move earlier."
        confirmLabel="Remove segment"
        onConfirm={async () => {
          if (!removing) return;
          try {
            await run('removeSegment', { eventId: event.id, id: removing.id });
            setRemoving(null);
          } catch (error) {
            showFailure(error, 'The segment was not removed');
          }
        }}
      />
    </Stack>
  );
}

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

function SegmentFormModal({
  event,
  segment,
  opened,
  onClose,
}: {
  event: RecognitionEvent;
  segment?: Segment;
  opened: boolean;
  onClose: () => void;
}) {
  const doc = useDoc();
  const { run } = useWorkspace();
  const form = useForm<Values>({ mode: 'controlled', initialValues: blank });

  useEffect(() => {
    if (!opened) return;
    const values: Values = segment ? { ...blank, ...segment } : blank;
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    // Reset only when the dialog opens.
  }, [opened]);

  const submit = form.onSubmit(async (values) => {
    const input = {
      ...values,
      durationMinutes: Number(values.durationMinutes),
      categoryId: values.kind === 'award' ? values.categoryId : null,
    };
    try {
      if (segment) await run('updateSegment', { eventId: event.id, id: segment.id, changes: input });
      else await run('addSegment', { eventId: event.id, ...input });
      showSuccess(segment ? 'Segment saved.' : 'Segment added.');
      onClose();
    } catch (error) {
      showFailure(error, 'The segment was not saved', form.setErrors);
    }
  });

  const isAward = form.values.kind === 'award';
  return (
    <Modal opened={opened} onClose={onClose} title={segment ? 'Edit segment' : 'New segment'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
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
            description={
              isAward ? 'Leave empty to use the award’s name.' : 'Leave empty to use the kind, e.g. “Welcome”.'
            }
            {...form.getInputProps('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={isAward ? 'Presenter (stakeholder)' : 'Speaker (stakeholder)'}
              data={personChoices(doc)}
              searchable
              clearable
              nothingFoundMessage="No one by that name"
              {...form.getInputProps('speakerId')}
            />
            <TextInput
              label={isAward ? '…or presenter’s name' : '…or speaker’s name'}
              description="For a guest not in the workspace."
              {...form.getInputProps('speakerName')}
            />
          </SimpleGrid>
          <Textarea
            label="Notes for the stage manager"
            autosize
            minRows={2}
            maxRows={5}
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {segment ? 'Save segment' : 'Add segment'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
