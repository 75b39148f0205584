import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { AddButton } from '../components/AddButton';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { MeetingKind, type Meeting } from '../../src/meetings/model';
import { byStart } from '../../src/meetings/body';
import { agendaTiming } from '../../src/meetings/agendaTiming';
import { clockLabel, longDay } from '../../src/model/wallClock';
import { EmptyArea } from '../app/EmptyArea';
import { PageHeader } from '../app/PageHeader';
import { VirtualList } from '../actions/VirtualList';
import { useToday } from '../components/useToday';
import { useDoc } from '../workspace/WorkspaceProvider';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingStatusBadge, MinutesBadge } from './MeetingBadges';

/** Every meeting: what is coming up first, then what has been held, newest first. */
export function MeetingList() {
  const doc = useDoc();
  const today = useToday();
  const [, navigate] = useLocation();
  const [adding, setAdding] = useState(false);
  const { upcoming, past } = useMemo(() => {
    const sorted = [...doc.meetings].sort(byStart);
    return { upcoming: sorted.filter((m) => m.date >= today), past: sorted.filter((m) => m.date < today).reverse() };
  }, [doc.meetings, today]);

  const modal = (
    <MeetingFormModal opened={adding} onClose={() => setAdding(false)} onCreated={(id) => navigate(`/${id}`)} />
  );
  const newButton = <AddButton onClick={() => setAdding(true)}>New meeting</AddButton>;

  if (doc.meetings.length === 0) {
    return (
      <EmptyArea
        title="Meetings"
        icon={IconCalendarEvent}
        text="No meetings yet. Plan your first stakeholder meeting: the app starts you off with an agenda that walks through introductions, why CIT, what each partner brings and next steps."
        dialog={modal}
      >
        {newButton}
      </EmptyArea>
    );
  }

  const row = (meeting: Meeting) => <MeetingRow meeting={meeting} timeZone={doc.coalition.timeZone} />;
  return (
    <>
      <PageHeader
        title="Meetings"
        description="Agendas, attendance, minutes and decisions for every meeting of the coalition."
        actions={newButton}
      />
      <Stack gap="xl">
        <section aria-labelledby="upcoming-heading">
          <Title order={2} size="h3" mb="sm" id="upcoming-heading">
            Coming up
          </Title>
          {upcoming.length === 0 ? (
            <Text c="dimmed">No meetings planned from today on.</Text>
          ) : (
            <VirtualList
              label="Upcoming meetings"
              items={upcoming}
              estimate={() => 84}
              getKey={(m) => m.id}
              render={row}
            />
          )}
        </section>
        <section aria-labelledby="past-heading">
          <Title order={2} size="h3" mb="sm" id="past-heading">
            Past meetings
          </Title>
          {past.length === 0 ? (
            <Text c="dimmed">No meetings held yet.</Text>
          ) : (
            <VirtualList label="Past meetings" items={past} estimate={() => 84} getKey={(m) => m.id} render={row} />
          )}
        </section>
      </Stack>
      {modal}
    </>
  );
}

function MeetingRow({ meeting, timeZone }: { meeting: Meeting; timeZone: string }) {
  const start = agendaTiming({ ...meeting, agenda: [] }, timeZone).start;
  const items = meeting.agenda.reduce((n, s) => n + s.items.length, 0);
  return (
    <Paper withBorder p="sm" mb="xs" radius="md">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        {/* The words give way (they wrap), never the status labels: at 1024 px they were cut to "H…". */}
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Anchor component={Link} href={`/${meeting.id}`} fw={600}>
            {meeting.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {longDay(meeting.date)} · {clockLabel(start)} · {MeetingKind.labelOf(meeting.kind)}
            {meeting.location ? ` · ${meeting.location}` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {items === 0 ? 'No agenda yet' : `${items} agenda item${items === 1 ? '' : 's'}`}
            {meeting.series ? ` · ${meeting.series.name}` : ''}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <MinutesBadge meeting={meeting} />
          <MeetingStatusBadge status={meeting.status} />
        </Group>
      </Group>
    </Paper>
  );
}
