import { Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { RecognitionStatus, type RecognitionEvent } from '../../src/recognition/model';
import { longDate, startClock } from '../../src/recognition/eventDate';
import { honoreesOf } from '../../src/recognition/honorees';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { PreparationsPanel } from './PreparationsPanel';

/** The event at a glance: its details and status, and the checklist of preparations. */
export function OverviewPanel({ event }: { event: RecognitionEvent }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const active = event.nominations.filter((n) => n.status !== 'withdrawn').length;
  const honorees = honoreesOf(event, doc).length;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="event-details-heading">
        <Title order={2} size="h3" id="event-details-heading" mb="sm">
          Details
        </Title>
        <Stack gap="xs">
          <Select
            label="Status"
            data={RecognitionStatus.choices}
            value={event.status}
            allowDeselect={false}
            onChange={(value) => {
              if (!value || value === event.status) return;
              const status = value as RecognitionEvent['status'];
              void act(
                () => run('updateRecognitionEvent', { id: event.id, changes: { status } }),
                'The status was not changed',
                `Status: ${RecognitionStatus.labelOf(status)}.`,
              );
            }}
            maw={280}
          />
          <Fact label="Date" value={longDate(event.date)} />
          <Fact label="Starts" value={event.startTime ? startClock(event.startTime) : 'No start time yet'} />
          <Fact label="Venue" value={event.venue || 'Not chosen yet'} />
          <Fact label="Host" value={event.host || 'Not chosen yet'} />
          <Fact
            label="Nominations"
            value={`${active} received, ${honorees} ${honorees === 1 ? 'honoree' : 'honorees'} selected`}
          />
          <Fact label="Budget notes" value={event.budgetNotes || 'None yet'} />
        </Stack>
      </Paper>
      <PreparationsPanel event={event} />
    </SimpleGrid>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </div>
  );
}
