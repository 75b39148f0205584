import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { Meeting } from '../../src/meetings/model';
import { approvalWords } from '../../src/meetings/approvalWords';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { ApproveMinutesModal } from './ApproveMinutesModal';
import { DRAFT_STYLE } from './MeetingBadges';
import { MinutesItemCard } from './MinutesItemCard';
import { RecorderField } from './RecorderField';
import { ConsentPanel } from './ConsentPanel';

/** The minutes: a copy of the agenda to write notes, decisions and action items into, item by item. */
export function MinutesEditor({ meeting }: { meeting: Meeting }) {
  const { run } = useWorkspaceActions();
  const doc = useDoc();
  const [approving, setApproving] = useState(false);
  const raised = useForm({ mode: 'controlled', initialValues: { title: '' } });
  const minutes = meeting.minutes;

  if (!minutes) {
    return (
      <Paper withBorder p="lg" radius="md">
        <Stack gap="sm" align="flex-start">
          <Text>
            No minutes yet. They start as a copy of the agenda, so you can write notes, decisions and action items
            against each item.
          </Text>
          <Button
            onClick={() =>
              act(
                () => run('startMinutes', { meetingId: meeting.id }),
                'The minutes were not started',
                'Minutes started from the agenda.',
              )
            }
          >
            Start the minutes
          </Button>
        </Stack>
      </Paper>
    );
  }
  const approved = minutes.status === 'approved';
  const copied = new Set(minutes.items.map((i) => i.agendaItemId));
  const newOnAgenda = meeting.agenda.flatMap((s) => s.items).filter((i) => !copied.has(i.id)).length;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <RecorderField meeting={meeting} disabled={approved} />
          {approved ? (
            <Badge size="lg" variant="light" leftSection={<IconCheck size={14} />}>
              {approvalWords(minutes, doc.meetings)}
            </Badge>
          ) : (
            <Badge size="lg" variant="outline" style={DRAFT_STYLE}>
              Draft
            </Badge>
          )}
        </Group>
        {approved ? (
          <Button
            variant="default"
            onClick={() =>
              act(
                () => run('returnMinutesToDraft', { meetingId: meeting.id }),
                'The minutes are still approved',
                'The minutes are a draft again.',
              )
            }
          >
            Return to draft
          </Button>
        ) : (
          <Button onClick={() => setApproving(true)}>Mark as approved</Button>
        )}
      </Group>
      {newOnAgenda > 0 && !approved ? (
        <Alert color="blue">
          <Group justify="space-between">
            <Text size="sm">
              {newOnAgenda} agenda item{newOnAgenda === 1 ? ' was' : 's were'} added after the minutes began.
            </Text>
            <Button
              size="xs"
              onClick={() => act(() => run('startMinutes', { meetingId: meeting.id }), 'Nothing was brought in')}
            >
              Bring them in
            </Button>
          </Group>
        </Alert>
      ) : null}
      <ConsentPanel meeting={meeting} disabled={approved} />
      {minutes.items.map((item, index) => (
        <MinutesItemCard key={item.id} meeting={meeting} item={item} number={index + 1} disabled={approved} />
      ))}
      {!approved ? (
        <Group align="flex-end">
          <TextInput label="Item raised at the meeting" {...raised.getInputProps('title')} w={360} />
          <Button
            variant="default"
            disabled={!raised.values.title.trim()}
            onClick={() =>
              act(async () => {
                await run('addMinutesItem', { meetingId: meeting.id, title: raised.values.title });
                raised.reset();
              }, 'The item was not added')
            }
          >
            Add to the minutes
          </Button>
        </Group>
      ) : null}
      <ApproveMinutesModal opened={approving} onClose={() => setApproving(false)} meeting={meeting} />
    </Stack>
  );
}
