import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ActionItem } from '../../src/actions/model';
import type { RecognitionEvent } from '../../src/recognition/model';
import { preparationsOf } from '../../src/recognition/preparations';
import { ConfirmModal } from '../components/ConfirmModal';
import { DayInput } from '../components/DayInput';
import { act } from '../components/act';
import { useCommandForm } from '../components/form/useCommandForm';
import { RecordSelect } from '../components/pickers/RecordSelect';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { nameOf, personChoices } from './people';
import { tableDay } from '../../src/model/dateFormats';
import { SectionHeading } from '../components/SectionHeading';

interface NewPreparation {
  title: string;
  ownerId: string | null;
  dueDate: string | null;
}

/**
 * The event's checklist. Each preparation is an action item (source: this event), so it also
 * appears in the coalition's action item list, and ticking it in either place ticks it in both.
 */
export function PreparationsPanel({ event }: { event: RecognitionEvent }) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspaceActions();
  const { items, settled, overdue } = preparationsOf(doc, event.id, today);
  const [removing, setRemoving] = useState<ActionItem | null>(null);
  const { form, submit } = useCommandForm<NewPreparation>({
    initialValues: { title: '', ownerId: null, dueDate: null },
    save: (values) => run('addPreparation', { eventId: event.id, ...values }),
    success: ({ title }) => `Added “${title.trim()}” to the checklist and the action items.`,
    failure: 'The preparation was not added',
    onSaved: () => form.reset(),
  });

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="preparations-heading">
      <SectionHeading id="preparations-heading" title="Preparations">
        {items.length > 0 ? (
          <Text size="sm" c="dimmed">
            {settled} of {items.length} done{overdue > 0 ? ` · ${overdue} overdue` : ''}
          </Text>
        ) : null}
      </SectionHeading>
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
            onClick={() =>
              act(
                () => run('addStandardPreparations', { eventId: event.id }),
                'The preparations were not added',
                'Added the usual preparations.',
              )
            }
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
                  onChange={(e) => {
                    const status = e.currentTarget.checked ? 'done' : 'open';
                    void act(
                      () => run('setActionItemStatus', { ids: [item.id], status }),
                      'The preparation was not updated',
                    );
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
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <TextInput
            label="New preparation"
            placeholder="Order frames for the certificates"
            {...form.getInputProps('title')}
          />
          <Group grow align="flex-start">
            <RecordSelect
              label="Owner"
              choices={personChoices}
              searchable
              nothingFoundMessage="No one by that name"
              {...form.getInputProps('ownerId')}
            />
            <DayInput label="Due" clearable {...form.getInputProps('dueDate')} />
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
          if (await act(() => run('deleteActionItem', { id: removing.id }), 'The preparation was not removed')) {
            setRemoving(null);
          }
        }}
      />
    </Paper>
  );
}
