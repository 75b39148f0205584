import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { clockLabel, longDay, startInstant } from '../../src/model/wallClock';
import { MeetingKind, type Meeting } from '../../src/meetings/model';
import { DashboardCard } from './DashboardCard';

export function NextMeetingCard({ meeting, timeZone }: { meeting: Meeting | null; timeZone: string }) {
  return (
    <DashboardCard id="dashboard-meeting" title="Next meeting" link={{ label: 'Meetings', path: '/meetings' }}>
      {meeting ? (
        <Stack gap={4}>
          <Text fw={700}>{meeting.title}</Text>
          <Text size="sm">{longDay(meeting.date)}</Text>
          <Text size="sm">{clockLabel(startInstant(meeting.date, meeting.startTime, timeZone))}</Text>
          <Text size="sm" c="dimmed">
            {[MeetingKind.labelOf(meeting.kind), meeting.location].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text size="sm" c="dimmed">
            No meeting is planned.
          </Text>
          <Button component={Link} href="/meetings" variant="light" size="xs">
            Schedule a meeting
          </Button>
        </Stack>
      )}
    </DashboardCard>
  );
}
