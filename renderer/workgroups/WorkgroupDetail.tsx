import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { NotFound } from '../app/NotFound';
import { IconFileTypeDocx, IconPlus, IconPresentation } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { MeetingStatus, type Meeting } from '../../src/meetings/model';
import { PolicyKind } from '../../src/policies/model';
import { WorkgroupFocus } from '../../src/workgroups/model';
import { workgroupOverview } from '../../src/workgroups/overview';
import { nextSteeringMeeting } from '../../src/workgroups/reportToCommittee';
import { call } from '../api/client';
import { PageHeader } from '../app/PageHeader';
import { act } from '../components/act';
import { ConfirmModal } from '../components/ConfirmModal';
import { EditAndDeleteMenu } from '../components/EditDelete';
import { PolicyFormModal } from '../policies/PolicyFormModal';
import { RevisionStatusBadge } from '../policies/RevisionStatusBadge';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { StatusLineEditor } from './StatusLineEditor';
import { WorkgroupActionItems } from './WorkgroupActionItems';
import { WorkgroupFormModal } from './WorkgroupFormModal';
import { WorkgroupMembers } from './WorkgroupMembers';
import { WorkgroupStatusBadge } from './WorkgroupStatusBadge';
import { tableDay } from '../../src/model/dateFormats';
import { SectionHeading } from '../components/SectionHeading';

/** One workgroup: its charge, status, members, meetings, action items and policies. */
export function WorkgroupDetail({ id }: { id: string }) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspaceActions();
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [addingPolicy, setAddingPolicy] = useState(false);
  const [busy, setBusy] = useState<'agenda' | 'export' | null>(null);

  const workgroup = doc.workgroups.find((w) => w.id === id);
  const view = useMemo(() => (workgroup ? workgroupOverview(doc, workgroup, today) : null), [doc, workgroup, today]);

  if (!workgroup || !view) {
    return (
      <NotFound
        title="Workgroup not found"
        text="This workgroup is no longer in the workspace. It may have been deleted."
        back="Back to all workgroups"
      />
    );
  }

  const nextMeeting = nextSteeringMeeting(doc.meetings, today);
  const agendaBlocked = !workgroup.statusLine
    ? 'Write a status line first: it is what the committee will read.'
    : !nextMeeting
      ? 'No steering committee meeting is planned. Plan one in Meetings first.'
      : null;

  async function addToAgenda() {
    if (!workgroup) return;
    setBusy('agenda');
    await act(
      () => run('addWorkgroupReportToAgenda', { workgroupId: workgroup.id }),
      'The report was not added to the agenda',
      ({ result }) => {
        const meeting = doc.meetings.find((m) => m.id === result.meetingId);
        return `${result.updated ? 'Updated the report on' : 'Added the report to'} the agenda of “${meeting?.title ?? 'the next steering committee meeting'}”.`;
      },
    );
    setBusy(null);
  }

  async function exportReport() {
    if (!workgroup) return;
    setBusy('export');
    await act(
      () => call('exportWorkgroupReportDocx', { workgroupId: workgroup.id }),
      'The report was not saved',
      // Nothing is said when the person cancels the save dialog.
      (saved) => (saved ? `Saved the report as ${saved.fileName}.` : null),
    );
    setBusy(null);
  }

  const dates = [
    workgroup.formedOn ? `formed ${tableDay(workgroup.formedOn)}` : null,
    workgroup.closedOn ? `closed ${tableDay(workgroup.closedOn)}` : null,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <>
      <PageHeader
        back="All workgroups"
        title={workgroup.name}
        description={
          <Group component="span" gap="xs">
            <WorkgroupStatusBadge status={workgroup.status} inline />
            <span>
              {WorkgroupFocus.labelOf(workgroup.focus)}
              {dates ? ` · ${dates}` : ''}
            </span>
          </Group>
        }
        actions={
          <>
            <Tooltip
              label={
                agendaBlocked ??
                `Adds “Workgroup report: ${workgroup.name}” to ${nextMeeting?.title ?? ''} (${nextMeeting ? tableDay(nextMeeting.date) : ''}).`
              }
              multiline
              w={280}
            >
              <Button
                variant="light"
                leftSection={<IconPresentation size={18} />}
                loading={busy === 'agenda'}
                data-disabled={agendaBlocked ? true : undefined}
                aria-disabled={agendaBlocked ? true : undefined}
                onClick={(event) => {
                  if (agendaBlocked) {
                    event.preventDefault();
                    return;
                  }
                  void addToAgenda();
                }}
              >
                Report to next steering meeting
              </Button>
            </Tooltip>
            <Button
              variant="light"
              leftSection={<IconFileTypeDocx size={18} />}
              loading={busy === 'export'}
              onClick={() => void exportReport()}
            >
              Export report
            </Button>
            <EditAndDeleteMenu noun="workgroup" onEdit={() => setEditing(true)} onDelete={() => setDeleting(true)} />
          </>
        }
      />

      <Stack gap="lg">
        <StatusLineEditor key={workgroup.statusLine} workgroup={workgroup} />

        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="charge-heading">
          <Title order={2} size="h3" id="charge-heading" mb="xs">
            Charge
          </Title>
          {workgroup.charge.trim() ? (
            <Text style={{ whiteSpace: 'pre-wrap' }}>{workgroup.charge}</Text>
          ) : (
            <Text c="dimmed" size="sm">
              The steering committee’s charge to this workgroup has not been written down yet. Use Edit to add it.
            </Text>
          )}
        </Paper>

        <WorkgroupMembers members={view.members} />

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <WorkgroupActionItems workgroup={workgroup} open={view.openItems} done={view.doneItems} />
          <Stack gap="lg">
            <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="meetings-heading">
              <Title order={2} size="h3" id="meetings-heading" mb="sm">
                Meetings
              </Title>
              {view.meetings.upcoming.length + view.meetings.past.length === 0 ? (
                <Text c="dimmed" size="sm">
                  No meetings of this workgroup yet. Plan one in Meetings and choose this workgroup.
                </Text>
              ) : (
                <Stack gap={6}>
                  {[...view.meetings.upcoming, ...view.meetings.past.slice(0, 8)].map((meeting) => (
                    <MeetingLine key={meeting.id} meeting={meeting} />
                  ))}
                </Stack>
              )}
            </Paper>

            <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="policies-heading">
              <SectionHeading id="policies-heading" title="Policies">
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setAddingPolicy(true)}
                >
                  New policy
                </Button>
              </SectionHeading>
              {view.policies.length === 0 ? (
                <Text c="dimmed" size="sm">
                  This workgroup is not responsible for any policy yet.
                </Text>
              ) : (
                <Stack gap="sm">
                  {view.policies.map(({ policy, current, waiting }) => (
                    <div key={policy.id}>
                      <Group gap="xs" wrap="nowrap" justify="space-between">
                        <Anchor component={Link} href={`~/policies/${policy.id}`} fw={600} size="sm">
                          {policy.title}
                        </Anchor>
                        {current ? <RevisionStatusBadge status={current.status} /> : null}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {PolicyKind.labelOf(policy.kind)} · {waiting.sentence}
                      </Text>
                    </div>
                  ))}
                </Stack>
              )}
            </Paper>
          </Stack>
        </SimpleGrid>
      </Stack>

      <WorkgroupFormModal opened={editing} onClose={() => setEditing(false)} workgroup={workgroup} />
      <PolicyFormModal
        opened={addingPolicy}
        onClose={() => setAddingPolicy(false)}
        defaultWorkgroupId={workgroup.id}
        onCreated={(policyId) => navigate(`~/policies/${policyId}`)}
      />
      <ConfirmModal
        opened={deleting}
        title={`Delete the ${workgroup.name} workgroup?`}
        message="The workgroup goes; its meetings, action items and policies stay in the workspace, no longer tied to it. Edit › Undo brings it back."
        confirmLabel="Delete workgroup"
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          const deleted = await act(
            () => run('deleteWorkgroup', { id: workgroup.id }),
            'The workgroup was not deleted',
            `Deleted the ${workgroup.name} workgroup.`,
          );
          if (deleted) navigate('/');
        }}
      />
    </>
  );
}

function MeetingLine({ meeting }: { meeting: Meeting }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed" w={96} style={{ flexShrink: 0 }}>
        {tableDay(meeting.date)}
      </Text>
      <Anchor component={Link} href={`~/meetings/${meeting.id}`} size="sm">
        {meeting.title}
      </Anchor>
      <Text size="xs" c="dimmed">
        {MeetingStatus.labelOf(meeting.status)}
      </Text>
    </Group>
  );
}
