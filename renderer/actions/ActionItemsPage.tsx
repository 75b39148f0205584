import {
  Anchor,
  Badge,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { AddButton } from '../components/AddButton';
import { EditDeleteIcons } from '../components/EditDelete';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { ActionSourceKind, ActionStatus, type ActionItem } from '../../src/actions/model';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { dueState, dueWords, groupBy, groupByDue, isClosed, ownerKey } from '../../src/actions/due';
import { EmptyArea } from '../app/EmptyArea';
import { PageHeader } from '../app/PageHeader';
import { act } from '../components/act';
import { ConfirmModal } from '../components/ConfirmModal';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { ActionItemFormModal } from './ActionItemFormModal';
import { VirtualList } from './VirtualList';
import { tableDay } from '../../src/model/dateFormats';
import { SearchInput } from '../components/SearchInput';

type View = 'due' | 'owner' | 'workgroup';
type Row =
  { kind: 'group'; key: string; label: string; count: number } | { kind: 'item'; key: string; item: ActionItem };

const DUE_GROUPS = [
  ['overdue', 'Overdue'],
  ['dueThisWeek', 'Due this week'],
  ['later', 'Later'],
  ['noDate', 'No due date'],
  ['closed', 'Done or dropped'],
] as const;

/** The chair's list: every action item in the workspace, by when it is due, by owner or by workgroup. */
export function ActionItemsPage() {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspaceActions();
  const [view, setView] = useState<View>('due');
  const [showClosed, setShowClosed] = useState(false);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<ActionItem | 'new' | null>(null);
  const [removing, setRemoving] = useState<ActionItem | null>(null);

  const groups = useMemo(() => groupByDue(doc.actionItems, today), [doc.actionItems, today]);
  const rows = useMemo(() => buildRows(doc, view, showClosed, search, today), [doc, view, showClosed, search, today]);

  const setStatus = (item: ActionItem, status: ActionItem['status']) =>
    act(
      () => run('setActionItemStatus', { ids: [item.id], status }),
      'The status was not changed',
      `“${item.title}” is now ${ActionStatus.labelOf(status).toLowerCase()}.`,
    );

  const modals = (
    <>
      <ActionItemFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        item={editing === 'new' || editing === null ? undefined : editing}
      />
      <ConfirmModal
        opened={removing !== null}
        title="Delete this action item?"
        message={`“${removing?.title ?? ''}” will be removed from the list and from any minutes that show it. You can undo this.`}
        confirmLabel="Delete"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (removing) {
            await act(
              () => run('deleteActionItem', { id: removing.id }),
              'The action item was not deleted',
              'Action item deleted.',
            );
          }
          setRemoving(null);
        }}
      />
    </>
  );
  const addButton = <AddButton onClick={() => setEditing('new')}>New action item</AddButton>;

  if (doc.actionItems.length === 0) {
    return (
      <EmptyArea
        title="Action items"
        icon={IconListCheck}
        text="No action items yet. They are added at meetings (in the minutes), from workgroups and conversations, or here by hand."
        dialog={modals}
      >
        {addButton}
      </EmptyArea>
    );
  }

  return (
    <>
      <PageHeader
        title="Action items"
        description="Everything the coalition agreed to do, across every meeting, workgroup and conversation."
        actions={addButton}
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="lg">
        <Stat label="Overdue" value={groups.overdue.length} color={groups.overdue.length ? 'red' : undefined} />
        <Stat label="Due this week" value={groups.dueThisWeek.length} />
        <Stat label="Open" value={doc.actionItems.filter((a) => !isClosed(a)).length} />
        <Stat label="Done" value={doc.actionItems.filter((a) => a.status === 'done').length} />
      </SimpleGrid>
      <Group mb="md" align="flex-end">
        <SegmentedControl
          aria-label="Group action items"
          value={view}
          onChange={(v) => setView(v as View)}
          data={[
            { value: 'due', label: 'By due date' },
            { value: 'owner', label: 'By owner' },
            { value: 'workgroup', label: 'By workgroup' },
          ]}
        />
        <SearchInput label="Search action items" placeholder="Search" value={search} onChange={setSearch} w={240} />
        <Checkbox
          label="Show done and dropped"
          checked={showClosed}
          onChange={(e) => setShowClosed(e.currentTarget.checked)}
          mb={6}
        />
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed">Nothing matches. {showClosed ? '' : 'Done and dropped items are hidden.'}</Text>
      ) : (
        <VirtualList
          label="Action items"
          items={rows}
          threshold={60}
          maxHeight={640}
          getKey={(row) => row.key}
          estimate={(row) => (row.kind === 'group' ? 44 : 72)}
          render={(row) =>
            row.kind === 'group' ? (
              <Title order={2} size="h5" pt="md" pb={6}>
                {row.label}{' '}
                <Text span c="dimmed" size="sm">
                  ({row.count})
                </Text>
              </Title>
            ) : (
              <ActionRow
                item={row.item}
                doc={doc}
                today={today}
                onStatus={setStatus}
                onEdit={() => setEditing(row.item)}
                onDelete={() => setRemoving(row.item)}
              />
            )
          }
        />
      )}
      {modals}
    </>
  );
}

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={color} data-testid={`stat-${label.toLowerCase().replace(/\s+/g, '-')}`}>
        {value}
      </Text>
    </Paper>
  );
}

function buildRows(doc: WorkspaceDocument, view: View, showClosed: boolean, search: string, today: string): Row[] {
  const needle = search.trim().toLowerCase();
  const items = doc.actionItems.filter(
    (a) =>
      (showClosed || !isClosed(a)) &&
      (!needle || `${a.title} ${a.notes} ${a.ownerName}`.toLowerCase().includes(needle)),
  );
  const people = new Map(doc.stakeholders.map((s) => [s.id, s.name]));
  const workgroups = new Map(doc.workgroups.map((w) => [w.id, w.name]));
  const sections: { key: string; label: string; items: ActionItem[] }[] =
    view === 'due'
      ? (() => {
          const g = groupByDue(items, today);
          return DUE_GROUPS.map(([key, label]) => ({ key, label, items: g[key] }));
        })()
      : view === 'owner'
        ? groupBy(
            items,
            ownerKey,
            (k) => (k.startsWith('name:') ? k.slice(5) : (people.get(k) ?? 'Someone no longer in the workspace')),
            'No owner yet',
          )
        : groupBy(
            items,
            (a) => a.workgroupId,
            (k) => workgroups.get(k) ?? 'A deleted workgroup',
            'Not in a workgroup',
          );
  return sections
    .filter((s) => s.items.length > 0)
    .flatMap((s) => [
      { kind: 'group' as const, key: `g-${s.key}`, label: s.label, count: s.items.length },
      ...s.items.map((item) => ({ kind: 'item' as const, key: `${s.key}-${item.id}`, item })),
    ]);
}

function ActionRow({
  item,
  doc,
  today,
  onStatus,
  onEdit,
  onDelete,
}: {
  item: ActionItem;
  doc: WorkspaceDocument;
  today: string;
  onStatus: (item: ActionItem, status: ActionItem['status']) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const owner = item.ownerId
    ? (doc.stakeholders.find((s) => s.id === item.ownerId)?.name ?? 'Someone no longer in the workspace')
    : item.ownerName || 'No owner yet';
  const state = dueState(item, today);
  const meeting =
    item.source.kind === 'meeting' && item.source.id ? doc.meetings.find((m) => m.id === item.source.id) : undefined;
  const workgroup = item.workgroupId ? doc.workgroups.find((w) => w.id === item.workgroupId) : undefined;
  return (
    <Paper withBorder p="sm" radius="md" mb={6} data-testid="action-row">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" td={item.status === 'dropped' ? 'line-through' : undefined}>
            {item.title}
          </Text>
          <Group gap="xs">
            <Text size="xs">{owner}</Text>
            <Badge
              size="xs"
              variant="light"
              color={state === 'overdue' ? 'red' : state === 'due-today' || state === 'due-this-week' ? 'blue' : 'gray'}
            >
              {dueWords(item, today)}
            </Badge>
            <Text size="xs" c="dimmed">
              {meeting ? (
                <Anchor component={Link} href={`~/meetings/${meeting.id}`} size="xs">
                  {meeting.title}, {tableDay(meeting.date)}
                </Anchor>
              ) : (
                ActionSourceKind.labelOf(item.source.kind)
              )}
              {workgroup ? ` · ${workgroup.name}` : ''}
            </Text>
          </Group>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Select
            aria-label={`Status of ${item.title}`}
            size="xs"
            w={130}
            data={ActionStatus.choices}
            value={item.status}
            allowDeselect={false}
            onChange={(v) => v && v !== item.status && onStatus(item, v as ActionItem['status'])}
          />
          <EditDeleteIcons name={item.title} onEdit={onEdit} onDelete={onDelete} />
        </Group>
      </Group>
    </Paper>
  );
}
