import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import { AddButton } from '../components/AddButton';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { RecognitionKind } from '../../src/recognition/model';
import { longDate, startClock } from '../../src/recognition/eventDate';
import { honoreesOf } from '../../src/recognition/honorees';
import { preparationsOf } from '../../src/recognition/preparations';
import { EmptyArea } from '../app/EmptyArea';
import { PageHeader } from '../app/PageHeader';
import { useToday } from '../components/useToday';
import { useDoc } from '../workspace/WorkspaceProvider';
import { EventFormModal } from './EventFormModal';
import { EventStatusBadge } from './EventStatusBadge';

/** Every recognition event, the next one first, with how far along each one is. */
export function EventList() {
  const doc = useDoc();
  const today = useToday();
  const [, navigate] = useLocation();
  const [adding, setAdding] = useState(false);

  const events = useMemo(() => {
    // Coming events soonest first, then past ones most recent first.
    const coming = doc.recognitionEvents.filter((e) => e.date >= today).sort((a, b) => a.date.localeCompare(b.date));
    const past = doc.recognitionEvents.filter((e) => e.date < today).sort((a, b) => b.date.localeCompare(a.date));
    return [...coming, ...past];
  }, [doc.recognitionEvents, today]);

  const modal = (
    <EventFormModal opened={adding} onClose={() => setAdding(false)} onCreated={(id) => navigate(`/${id}`)} />
  );
  const addButton = <AddButton onClick={() => setAdding(true)}>New event</AddButton>;

  if (events.length === 0) {
    return (
      <EmptyArea
        title="Recognition"
        icon={IconAward}
        text="No recognition events yet. Celebrating the officers, dispatchers, clinicians, peers and advocates behind your program keeps the partnership strong. Start with an awards ceremony, a commendation at a council meeting or a training graduation."
        dialog={modal}
      >
        {addButton}
      </EmptyArea>
    );
  }

  return (
    <>
      <PageHeader
        title="Recognition"
        description="Award ceremonies and commendations: nominations, the committee’s scores, the program and the certificates."
        actions={addButton}
      />
      <Stack
        gap="sm"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-label="Recognition events"
      >
        {events.map((event) => {
          const honorees = honoreesOf(event, doc).length;
          const nominations = event.nominations.filter((n) => n.status !== 'withdrawn').length;
          const preparations = preparationsOf(doc, event.id, today);
          return (
            <li key={event.id}>
              <Paper withBorder radius="md" p="md">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Anchor component={Link} href={`/${event.id}`} fw={600} size="lg">
                      {event.title}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {RecognitionKind.labelOf(event.kind)} · {longDate(event.date)}
                      {event.startTime ? `, ${startClock(event.startTime)}` : ''}
                      {event.venue ? ` · ${event.venue}` : ''}
                    </Text>
                    <Group gap="xs">
                      <Badge variant="light" color="gray" tt="none">
                        {nominations} {nominations === 1 ? 'nomination' : 'nominations'}
                      </Badge>
                      <Badge variant="light" color="indigo" tt="none">
                        {honorees} {honorees === 1 ? 'honoree' : 'honorees'}
                      </Badge>
                      {preparations.items.length > 0 ? (
                        <Badge variant="light" color={preparations.overdue > 0 ? 'red' : 'gray'} tt="none">
                          {preparations.settled} of {preparations.items.length} preparations done
                          {preparations.overdue > 0 ? ` · ${preparations.overdue} overdue` : ''}
                        </Badge>
                      ) : null}
                    </Group>
                  </Stack>
                  <EventStatusBadge status={event.status} />
                </Group>
              </Paper>
            </li>
          );
        })}
      </Stack>
      {modal}
    </>
  );
}
