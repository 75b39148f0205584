import { ActionIcon, Badge, Button, Group, Menu, Paper, Select, Stack, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { AddButton } from '../components/AddButton';
import { useMemo, useState } from 'react';
import { NominationStatus, type Nomination, type RecognitionEvent } from '../../src/recognition/model';
import { isUnnamedInPublic } from '../../src/recognition/honorees';
import { nomineeOf } from '../../src/recognition/nominees';
import { checkWordLimit } from '../../src/recognition/wordCount';
import { ConfirmModal } from '../components/ConfirmModal';
import { VirtualCardList } from '../components/VirtualCardList';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { NominationFormModal } from './NominationFormModal';
import { NominationStatusBadge } from './NominationStatusBadge';
import { nameOf } from './people';
import { SearchInput } from '../components/SearchInput';

/** Every nomination for the event, by award, with its status; long lists scroll smoothly. */
export function NominationsPanel({ event }: { event: RecognitionEvent }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const [categoryFilter, setCategoryFilter] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Nomination | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Nomination | null>(null);

  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const order = new Map(event.categories.map((c, i) => [c.id, i]));
    return event.nominations
      .map((nomination) => ({
        nomination,
        nominee: nomineeOf(nomination, doc),
        category: event.categories.find((c) => c.id === nomination.categoryId),
      }))
      .filter(
        (row) =>
          (!categoryFilter || row.nomination.categoryId === categoryFilter) &&
          (!q || row.nominee.name.toLowerCase().includes(q)),
      )
      .sort(
        (a, b) =>
          (order.get(a.nomination.categoryId) ?? 0) - (order.get(b.nomination.categoryId) ?? 0) ||
          a.nominee.name.localeCompare(b.nominee.name),
      );
  }, [event, doc, categoryFilter, query]);

  const setStatus = (nomination: Nomination, status: Nomination['status']) =>
    act(
      () => run('setNominationStatus', { eventId: event.id, ids: [nomination.id], status }),
      'The nomination was not changed',
      `Marked ${NominationStatus.labelOf(status).toLowerCase()}.`,
    );

  if (event.categories.length === 0) {
    return (
      <Paper withBorder radius="md" p="lg">
        <Text size="sm" c="dimmed">
          Add the awards first (in the Awards tab): every nomination is for one award.
        </Text>
      </Paper>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Select
            aria-label="Show nominations for"
            placeholder="All awards"
            data={event.categories.map((c) => ({ value: c.id, label: c.name }))}
            clearable
            value={categoryFilter}
            onChange={setCategoryFilter}
            w={280}
          />
          <SearchInput
            label="Find a nominee by name"
            placeholder="Find a nominee"
            value={query}
            onChange={setQuery}
            w={220}
          />
        </Group>
        <AddButton onClick={() => setEditing('new')}>New nomination</AddButton>
      </Group>
      {event.nominations.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text size="sm" c="dimmed">
            No nominations yet. Add each one as it arrives; a person can be nominated for one award per event.
          </Text>
        </Paper>
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No nomination matches.
        </Text>
      ) : (
        <VirtualCardList
          items={rows}
          getKey={(row) => row.nomination.id}
          label="Nominations"
          maxHeight="65vh"
          testId="nomination-list"
          render={({ nomination, nominee, category }) => {
            const count = category ? checkWordLimit(nomination.story, category.wordLimit) : null;
            const by = nomination.nominatedById ? nameOf(doc, nomination.nominatedById) : nomination.nominatedByName;
            return (
              <Paper withBorder radius="md" p="md">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Text fw={600}>{nominee.name}</Text>
                      {nominee.agency ? (
                        <Text size="sm" c="dimmed">
                          {nominee.agency}
                        </Text>
                      ) : null}
                      {isUnnamedInPublic(nominee) ? (
                        <Badge variant="light" color="grape" tt="none">
                          Not named in public
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="sm">
                      {category?.name ?? 'Award removed'}
                      <Text span size="sm" c="dimmed">
                        {by ? ` · nominated by ${by}` : ''}
                        {count ? ` · ${count.count} words` : ''}
                      </Text>
                    </Text>
                    {count?.over ? (
                      <Text size="sm" c="red">
                        Over this award’s limit of {count.limit} words: edit the story to shorten it.
                      </Text>
                    ) : null}
                  </Stack>
                  <Group gap="xs" wrap="nowrap">
                    <NominationStatusBadge status={nomination.status} />
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(nomination)}
                      aria-label={`Edit the nomination of ${nominee.name}`}
                    >
                      Edit
                    </Button>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`More for the nomination of ${nominee.name}`}
                        >
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {NominationStatus.choices
                          .filter((c) => c.value !== nomination.status)
                          .map((c) => (
                            <Menu.Item
                              key={c.value}
                              onClick={() => setStatus(nomination, c.value as Nomination['status'])}
                            >
                              Mark {c.label.toLowerCase()}
                            </Menu.Item>
                          ))}
                        <Menu.Divider />
                        <Menu.Item color="red" onClick={() => setDeleting(nomination)}>
                          Delete nomination
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Group>
              </Paper>
            );
          }}
        />
      )}
      <NominationFormModal
        event={event}
        nomination={editing === 'new' ? undefined : (editing ?? undefined)}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this nomination?"
        message="The nomination, its story and the committee’s scores for it will be deleted. To keep it on record instead, mark it withdrawn."
        confirmLabel="Delete nomination"
        onConfirm={async () => {
          if (!deleting) return;
          const deleted = await act(
            () => run('deleteNomination', { eventId: event.id, id: deleting.id }),
            'The nomination was not deleted',
            'Nomination deleted.',
          );
          if (deleted) setDeleting(null);
        }}
      />
    </Stack>
  );
}
