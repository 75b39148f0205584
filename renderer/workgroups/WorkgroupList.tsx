import { Anchor, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { AddButton } from '../components/AddButton';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { WorkgroupFocus, type Workgroup } from '../../src/workgroups/model';
import { workgroupOverview } from '../../src/workgroups/overview';
import { EmptyArea } from '../app/EmptyArea';
import { PageHeader } from '../app/PageHeader';
import { useToday } from '../components/useToday';
import { useDoc } from '../workspace/WorkspaceProvider';
import { WorkgroupFormModal } from './WorkgroupFormModal';
import { WorkgroupStatusBadge } from './WorkgroupStatusBadge';
import { tableDay } from '../../src/model/dateFormats';

type Filter = Workgroup['status'] | 'all';

/** The steering committee's workgroups, each with its lead's latest word on where things stand. */
export function WorkgroupList() {
  const doc = useDoc();
  const today = useToday();
  const [, navigate] = useLocation();
  const [adding, setAdding] = useState(false);
  const [filter, setFilter] = useState<Filter>('active');

  const cards = useMemo(
    () =>
      doc.workgroups
        .filter((w) => filter === 'all' || w.status === filter)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((w) => workgroupOverview(doc, w, today)),
    [doc, filter, today],
  );
  const modal = (
    <WorkgroupFormModal opened={adding} onClose={() => setAdding(false)} onCreated={(id) => navigate(`/${id}`)} />
  );

  if (doc.workgroups.length === 0) {
    return (
      <EmptyArea
        title="Workgroups"
        icon={IconUsersGroup}
        text="No workgroups yet. Once the steering committee forms, its workgroups take on one problem each: dispatch, training, receiving facilities, data, policies."
        dialog={modal}
      >
        <AddButton onClick={() => setAdding(true)}>New workgroup</AddButton>
      </EmptyArea>
    );
  }

  const count = (status: Workgroup['status']) => doc.workgroups.filter((w) => w.status === status).length;

  return (
    <>
      <PageHeader
        title="Workgroups"
        description="The steering committee’s workgroups: what each was asked to do, who is in it, and where things stand."
        actions={<AddButton onClick={() => setAdding(true)}>New workgroup</AddButton>}
      />
      <SegmentedControl
        aria-label="Show workgroups"
        mb="lg"
        value={filter}
        onChange={(value) => setFilter(value as Filter)}
        data={[
          { value: 'active', label: `Active (${count('active')})` },
          { value: 'paused', label: `Paused (${count('paused')})` },
          { value: 'completed', label: `Completed (${count('completed')})` },
          { value: 'all', label: `All (${doc.workgroups.length})` },
        ]}
      />
      {cards.length === 0 ? (
        <Text c="dimmed">No workgroups are {filter} right now.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" role="list" aria-label="Workgroups">
          {cards.map(({ workgroup, lead, members, openItems, policies }) => (
            <Paper key={workgroup.id} withBorder radius="lg" p="lg" role="listitem">
              <Stack gap="xs" h="100%">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Anchor component={Link} href={`/${workgroup.id}`} fw={700} size="lg">
                    {workgroup.name}
                  </Anchor>
                  <WorkgroupStatusBadge status={workgroup.status} />
                </Group>
                <Text size="sm" c="dimmed">
                  {WorkgroupFocus.labelOf(workgroup.focus)} · {lead ? `led by ${lead.name}` : 'no lead yet'}
                </Text>
                <Text size="sm" style={{ flexGrow: 1 }}>
                  {workgroup.statusLine ? (
                    <>
                      “{workgroup.statusLine}”
                      {workgroup.statusUpdatedOn ? (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({tableDay(workgroup.statusUpdatedOn)})
                        </Text>
                      ) : null}
                    </>
                  ) : (
                    <Text span c="dimmed" size="sm">
                      No status line yet.
                    </Text>
                  )}
                </Text>
                <Text size="xs" c="dimmed">
                  {members.length} {members.length === 1 ? 'member' : 'members'} · {openItems.length} open{' '}
                  {openItems.length === 1 ? 'item' : 'items'} · {policies.length}{' '}
                  {policies.length === 1 ? 'policy' : 'policies'}
                </Text>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      {modal}
    </>
  );
}
