import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { AddButton } from '../components/AddButton';
import { useState } from 'react';
import type { AwardCategory, RecognitionEvent } from '../../src/recognition/model';
import { STANDARD_CATEGORIES } from '../../src/recognition/standardCategories';
import { act } from '../components/act';
import { ConfirmModal } from '../components/ConfirmModal';
import { OrderedRowActions } from './OrderedRowActions';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { CategoryFormModal } from './CategoryFormModal';

/** The awards given at the event, in the order they are presented, with what the committee looks for. */
export function AwardsPanel({ event }: { event: RecognitionEvent }) {
  const { run } = useWorkspaceActions();
  const [editing, setEditing] = useState<AwardCategory | 'new' | null>(null);
  const [removing, setRemoving] = useState<AwardCategory | null>(null);
  const have = new Set(event.categories.map((c) => c.name.toLowerCase()));
  const missingStandard = STANDARD_CATEGORIES.filter((c) => !have.has(c.name.toLowerCase())).length;

  const move = (category: AwardCategory, toIndex: number) =>
    act(() => run('moveAwardCategory', { eventId: event.id, id: category.id, toIndex }), 'The award was not moved');

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={640}>
          Awards are presented, and printed in the program, in this order. Each nomination story is limited to the
          award’s word count.
        </Text>
        <Group gap="sm">
          {missingStandard > 0 ? (
            <Button
              variant="default"
              onClick={() =>
                act(
                  () => run('addStandardCategories', { eventId: event.id }),
                  'The awards were not added',
                  `Added ${missingStandard} standard ${missingStandard === 1 ? 'award' : 'awards'}.`,
                )
              }
            >
              Add the standard awards
            </Button>
          ) : null}
          <AddButton onClick={() => setEditing('new')}>New award</AddButton>
        </Group>
      </Group>
      {event.categories.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text size="sm" c="dimmed">
            No awards yet. Add the standard CIT awards, or your own, before taking nominations.
          </Text>
        </Paper>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Awards">
          {event.categories.map((category, index) => {
            const count = event.nominations.filter(
              (n) => n.categoryId === category.id && n.status !== 'withdrawn',
            ).length;
            return (
              <Paper component="li" key={category.id} withBorder radius="md" p="md">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Text fw={600}>{category.name}</Text>
                      <Badge variant="light" color="gray" tt="none">
                        {category.wordLimit} words
                      </Badge>
                      <Badge variant="light" color={count > 0 ? 'blue' : 'gray'} tt="none">
                        {count} {count === 1 ? 'nomination' : 'nominations'}
                      </Badge>
                    </Group>
                    <Text size="sm" c="dimmed">
                      {category.criteria || 'No criteria written yet.'}
                    </Text>
                  </Stack>
                  <OrderedRowActions
                    name={category.name}
                    index={index}
                    count={event.categories.length}
                    onMove={(toIndex) => move(category, toIndex)}
                    onEdit={() => setEditing(category)}
                    onRemove={() => setRemoving(category)}
                  />
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      <CategoryFormModal
        eventId={event.id}
        category={editing === 'new' ? undefined : (editing ?? undefined)}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title="Remove this award?"
        message={`“${removing?.name ?? ''}” will be removed from this event. An award that holds nominations cannot be removed until they are moved or deleted.`}
        confirmLabel="Remove award"
        onConfirm={async () => {
          if (!removing) return;
          // Closed either way: a refusal says why in its notification.
          await act(
            () => run('removeAwardCategory', { eventId: event.id, id: removing.id }),
            'The award was not removed',
            `Removed “${removing.name}”.`,
          );
          setRemoving(null);
        }}
      />
    </Stack>
  );
}
