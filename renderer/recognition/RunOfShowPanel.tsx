import { Alert, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { ActionsColumnHeader } from '../components/ActionsColumnHeader';
import { IconAlertTriangle } from '@tabler/icons-react';
import { AddButton } from '../components/AddButton';
import { useMemo, useState } from 'react';
import type { RecognitionEvent, Segment } from '../../src/recognition/model';
import { startClock } from '../../src/recognition/eventDate';
import { honoreesOf } from '../../src/recognition/honorees';
import { formatDuration, timeRunOfShow } from '../../src/recognition/runOfShow';
import { speakerName } from '../../src/recognition/speakers';
import { ConfirmModal } from '../components/ConfirmModal';
import { OrderedRowActions } from './OrderedRowActions';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { SegmentFormModal } from './SegmentFormModal';

/** The order of the ceremony with each segment's clock time, counted from the event's start. */
export function RunOfShowPanel({ event }: { event: RecognitionEvent }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const [editing, setEditing] = useState<Segment | 'new' | null>(null);
  const [removing, setRemoving] = useState<Segment | null>(null);
  const timing = useMemo(() => timeRunOfShow(event), [event]);
  const honorees = useMemo(() => honoreesOf(event, doc), [event, doc]);

  const move = (segment: Segment, toIndex: number) =>
    act(() => run('moveSegment', { eventId: event.id, id: segment.id, toIndex }), 'The segment was not moved');

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
              onClick={() =>
                act(
                  () => run('draftRunOfShow', { eventId: event.id }),
                  'The run of show was not drafted',
                  'Drafted the run of show. Adjust the lengths and speakers to suit.',
                )
              }
            >
              Draft a run of show
            </Button>
          ) : null}
          <AddButton onClick={() => setEditing('new')}>Add segment</AddButton>
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
                  <ActionsColumnHeader width={150} />
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
                        <OrderedRowActions
                          name={title}
                          index={index}
                          count={timing.segments.length}
                          onMove={(toIndex) => move(segment, toIndex)}
                          onEdit={() => setEditing(segment)}
                          onRemove={() => setRemoving(segment)}
                          justify="flex-end"
                        />
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
          if (
            await act(() => run('removeSegment', { eventId: event.id, id: removing.id }), 'The segment was not removed')
          ) {
            setRemoving(null);
          }
        }}
      />
    </Stack>
  );
}
