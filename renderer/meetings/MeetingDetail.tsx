import { Alert, Anchor, Badge, Button, Group, Menu, Stack, Tabs, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCalendarPlus,
  IconChevronDown,
  IconDownload,
  IconEdit,
  IconFiles,
  IconMail,
  IconRepeat,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { MeetingKind } from '../../src/meetings/model';
import { agendaTiming } from '../../src/meetings/agendaTiming';
import { whenWhere } from '../../src/meetings/meetingFacts';
import { describeRule } from '../../src/meetings/recurrence';
import { PageHeader } from '../app/PageHeader';
import { useDoc } from '../workspace/WorkspaceProvider';
import { AgendaBuilder } from './AgendaBuilder';
import { AttendancePanel } from './AttendancePanel';
import { DeleteMeetingModal } from './DeleteMeetingModal';
import { useExport } from './useExport';
import { InvitationModal } from './InvitationModal';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingStatusBadge, MinutesBadge } from './MeetingBadges';
import { MinutesEditor } from './MinutesEditor';
import { SeriesModal } from './SeriesModal';
import { PacketButton } from './PacketButton';

/** One meeting: its details, and the agenda, attendance and minutes in tabs. */
export function MeetingDetail({ id }: { id: string }) {
  const doc = useDoc();
  const meeting = doc.meetings.find((m) => m.id === id);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [recurring, setRecurring] = useState(false);
  const [tab, setTab] = useState<string | null>('agenda');
  const exporter = useExport();

  if (!meeting) {
    return (
      <Stack>
        <Text>That meeting is not in this workspace. It may have been deleted.</Text>
        <Anchor component={Link} href="~/meetings">
          Back to meetings
        </Anchor>
      </Stack>
    );
  }
  const facts = whenWhere(meeting, doc.coalition.timeZone);
  const timing = agendaTiming(meeting, doc.coalition.timeZone);

  return (
    <>
      <Anchor component={Link} href="~/meetings" size="sm">
        ← All meetings
      </Anchor>
      <PageHeader
        title={meeting.title}
        description={
          <>
            {facts.day}, {facts.time}
            <br />
            {[MeetingKind.labelOf(meeting.kind), facts.place, facts.videoLink].filter(Boolean).join(' · ')}
          </>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
              Edit
            </Button>
            <PacketButton meetingId={meeting.id} icon={<IconFiles size={16} />} />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />}>
                  Export
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => exporter('exportAgendaDocx', { meetingId: meeting.id }, 'agenda')}>
                  Agenda (Word)
                </Menu.Item>
                <Menu.Item onClick={() => exporter('exportMinutesDocx', { meetingId: meeting.id }, 'minutes')}>
                  Minutes (Word)
                </Menu.Item>
                <Menu.Item onClick={() => exporter('exportSignInSheetDocx', { meetingId: meeting.id }, 'sign-in sheet')}>
                  Sign-in sheet (Word)
                </Menu.Item>
                <Menu.Item onClick={() => exporter('exportMeetingNameTentsDocx', { meetingId: meeting.id }, 'name tents')}>
                  Name tents (Word)
                </Menu.Item>
                <Menu.Item
                  onClick={() =>
                    exporter('exportMeetingNameTentsDocx', { meetingId: meeting.id, forRoomOnly: true }, 'name tents')
                  }
                >
                  Name tents for a closed meeting, every name printed (Word)
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconCalendarPlus size={14} />}
                  onClick={() => exporter('exportMeetingIcs', { meetingId: meeting.id }, 'calendar file')}
                >
                  Calendar file (.ics)
                </Menu.Item>
                {meeting.series ? (
                  <Menu.Item
                    leftSection={<IconRepeat size={14} />}
                    onClick={() =>
                      exporter('exportSeriesIcs', { seriesId: meeting.series!.id }, 'series calendar file')
                    }
                  >
                    Series calendar file (.ics)
                  </Menu.Item>
                ) : null}
              </Menu.Dropdown>
            </Menu>
            <Button variant="default" leftSection={<IconMail size={16} />} onClick={() => setInviting(true)}>
              Invitation
            </Button>
            <Button variant="default" leftSection={<IconRepeat size={16} />} onClick={() => setRecurring(true)}>
              {meeting.series ? 'Series' : 'Make recurring'}
            </Button>
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => setDeleting(true)}
            >
              Delete
            </Button>
          </>
        }
      />
      <Group gap="xs" mb="md">
        <MeetingStatusBadge status={meeting.status} />
        <MinutesBadge meeting={meeting} />
        {meeting.series ? (
          <Badge variant="outline" color="grape">
            {meeting.series.name}: {describeRule(meeting.series.rule).toLowerCase()}
          </Badge>
        ) : null}
      </Group>
      {timing.startMoved ? (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} mb="md" title="Clock change">
          {timing.startMoved}
        </Alert>
      ) : null}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="agenda">Agenda</Tabs.Tab>
          <Tabs.Tab value="attendance">Attendance</Tabs.Tab>
          <Tabs.Tab value="minutes">Minutes</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda">
          <AgendaBuilder meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="attendance">
          <AttendancePanel meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="minutes">
          <MinutesEditor meeting={meeting} />
        </Tabs.Panel>
      </Tabs>
      <MeetingFormModal opened={editing} onClose={() => setEditing(false)} meeting={meeting} />
      <DeleteMeetingModal opened={deleting} onClose={() => setDeleting(false)} meeting={meeting} />
      <InvitationModal opened={inviting} onClose={() => setInviting(false)} meeting={meeting} />
      <SeriesModal opened={recurring} onClose={() => setRecurring(false)} meeting={meeting} />
    </>
  );
}
