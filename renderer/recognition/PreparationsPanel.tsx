import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ActionItem } from '../../src/actions/model';
import type { RecognitionEvent } from '../../src/recognition/model';
import { preparationsOf } from '../../src/recognition/preparations';
import { ConfirmModal } from '../components/ConfirmModal';
import { DayInput } from '../components/DayInput';
import { showFailure, showSuccess } from '../components/feedback';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import { nameOf, personChoices } from './people';
import { tableDay } from '../../src/model/dateFormats';

/**
 * The event's checklist. Each preparation is an action item (source: this event), so it also
 * appears in the coalition's action item list, and ticking it in either place ticks it in both.
 */
export function PreparationsPanel({ event }: { event: RecognitionEvent }) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspace();
  const { items, settled, overdue } = preparationsOf(doc, event.id, today);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [removing, setRemoving] = useState<ActionItem | null>(null);

  async function add() {
    try {
      await run('addPreparation', { eventId: event.id, title, ownerId, dueDate });
      showSuccess(`Added “${title.trim()}” to the checklist and the action items.`);
      setTitle('');
      setOwnerId(null);
      setDueDate(null);
      setErrors({});
    } catch (error) {
      showFailure(error, 'The preparation was not added', setErrors);
    }
  }

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="preparations-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="preparations-heading">
          Preparations
        </Title>
        {items.length > 0 ? (
          <Text size="sm" c="dimmed">
            {settled} of {items.length} done{overdue > 0 ? ` · ${overdue} overdue` : ''}
          </Text>
        ) : null}
      </Group>
      {items.length > 0 ? (
        <Progress value={(settled / items.length) * 100} size="sm" mb="md" aria-label="Preparations done" />
      ) : null}
      {items.length === 0 ? (
        <Stack gap="xs" mb="md">
          <Text size="sm" c="dimmed">
            Nothing on the checklist yet. Add the usual preparations (venue, invitations, press release, certificates,
            program) with due dates counted back from the event, or add your own.
          </Text>
          <Button
            variant="light"
            onClick={async () => {
              try {
                await run('addStandardPreparations', { eventId: event.id });
                showSuccess('Added the usual preparations.');
              } catch (error) {
                showFailure(error, 'The preparations were not added');
              }
            }}
            w="fit-content"
          >
            Add the usual preparations
          </Button>
        </Stack>
      ) : (
        <Stack
          gap={6}
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: '0 0 var(--mantine-spacing-md)' }}
          aria-label="Preparations"
        >
          {items.map((item) => {
            const done = item.status === 'done';
            const late = !done && item.status !== 'dropped' && item.dueDate !== null && item.dueDate < today;
            const owner = item.ownerId ? nameOf(doc, item.ownerId) : item.ownerName;
            return (
              <Group component="li" key={item.id} justify="space-between" wrap="nowrap" gap="sm">
                <Checkbox
                  checked={done}
                  label={
                    <Text size="sm" td={done ? 'line-through' : undefined} c={done ? 'dimmed' : undefined}>
                      {item.title}
                    </Text>
                  }
                  description={[
                    owner || 'No owner yet',
                    item.dueDate ? `due ${tableDay(item.dueDate)}` : 'no due date',
                  ].join(' · ')}
                  onChange={async (e) => {
                    try {
                      await run('setActionItemStatus', {
                        ids: [item.id],
                        status: e.currentTarget.checked ? 'done' : 'open',
                      });
                    } catch (error) {
                      showFailure(error, 'The preparation was not updated');
                    }
                  }}
                />
                <Group gap={4} wrap="nowrap">
                  {late ? (
                    <Badge color="red" variant="light" tt="none">
                      Overdue
                    </Badge>
                  ) : null}
                  <Tooltip label="Remove">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove “${item.title}”`}
                      onClick={() => setRemoving(item)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
            );
          })}
        </Stack>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
        noValidate
      >
        <Stack gap="xs">
          <TextInput
            label="New preparation"
            placeholder="Order frames for the certificates"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
          <Group grow align="flex-start">
            <Select
              label="Owner"
              data={personChoices(doc)}
              searchable
              clearable
              value={ownerId}
              onChange={setOwnerId}
              error={errors.ownerId}
              nothingFoundMessage="No one by that name"
            />
            <DayInput
              label="Due"
              value={dueDate}
              onChange={(value) => setDueDate(value)}
              clearable
              error={errors.dueDate}
            />
          </Group>
          <Button type="submit" variant="default" leftSection={<IconPlus size={16} />} w="fit-content">
            Add preparation
          </Button>
        </Stack>
      </form>
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title="Remove this preparation?"
        message={`“${removing?.title ?? ''}” will be removed from the checklist and from the action item list.`}
        confirmLabel="Remove"
        onConfirm={async () => {
          if (!removing) return;
          try {
            await run('deleteActionItem', { id: removing.id });
            setRemoving(null);
          } catch (error) {
            showFailure(error, 'The preparation was not removed');
          }
        }}
      />
    </Paper>
  );
}
