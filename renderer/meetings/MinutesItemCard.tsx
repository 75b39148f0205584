import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ActionStatus } from '../../src/actions/model';
import { ItemOutcome, type Meeting, type MinutesItem } from '../../src/meetings/model';
import { dueWords } from '../../src/actions/due';
import { nameLookup, ownerName } from '../../src/meetings/meetingFacts';
import { voteWords } from '../../src/meetings/votes';
import { recusalWords } from '../../src/meetings/recusal';
import { pulledWords } from '../../src/meetings/consent';
import { act } from '../components/act';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { DecisionForm, useDecisionDraft } from './DecisionForm';
import { MinutesActionItemForm, useActionItemDraft } from './MinutesActionItemForm';

/** One item of the minutes: its outcome and notes, the decisions and action items that came of it. */
export function MinutesItemCard({
  meeting,
  item,
  number,
  disabled,
}: {
  meeting: Meeting;
  item: MinutesItem;
  number: number;
  disabled: boolean;
}) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspaceActions();
  const names = useMemo(() => nameLookup(doc, 'coalition'), [doc]);
  const [notes, setNotes] = useState(item.notes);
  const [notesError, setNotesError] = useState<string | null>(null);
  const decision = useDecisionDraft();
  const action = useActionItemDraft();
  // The forms stay folded away until asked for, so a long agenda reads as minutes, not as a form.
  const [adding, setAdding] = useState<'decision' | 'action' | null>(null);
  const actions = item.actionItemIds
    .map((id) => doc.actionItems.find((a) => a.id === id))
    .filter((a) => a !== undefined);

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={`Minutes for ${item.title}`}
      data-testid="minutes-item"
    >
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          {item.sectionTitle ? (
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {item.sectionTitle}
            </Text>
          ) : null}
          <Title order={3} size="h5">
            {number}. {item.title}
          </Title>
          {item.presenterId ? (
            <Text size="xs" c="dimmed">
              Presented by {names(item.presenterId)}
            </Text>
          ) : null}
          {item.pulledById ? (
            <Text size="xs" fs="italic">
              {pulledWords(names(item.pulledById))}
            </Text>
          ) : null}
        </div>
        <Select
          aria-label={`Outcome of ${item.title}`}
          data={ItemOutcome.choices}
          value={item.outcome}
          allowDeselect={false}
          disabled={disabled}
          w={240}
          onChange={(value) =>
            value &&
            act(
              () =>
                run('updateMinutesItem', {
                  meetingId: meeting.id,
                  itemId: item.id,
                  changes: { outcome: value as MinutesItem['outcome'] },
                }),
              'The outcome was not saved',
            )
          }
        />
      </Group>
      <Textarea
        label="Notes"
        aria-label={`Notes for ${item.title}`}
        autosize
        minRows={2}
        maxRows={14}
        value={notes}
        disabled={disabled}
        error={notesError}
        onChange={(e) => setNotes(e.currentTarget.value)}
        onBlur={async () => {
          if (notes === item.notes) return;
          // Said beside the notes, not in a notification: the writer is still looking at them.
          try {
            await run('updateMinutesItem', { meetingId: meeting.id, itemId: item.id, changes: { notes } });
            setNotesError(null);
          } catch (error) {
            setNotesError((error as Error).message);
          }
        }}
      />

      <Stack gap={4} mt="sm">
        {item.decisions.map((d) => (
          <Group key={d.id} gap="xs" wrap="nowrap" data-testid="decision">
            <Badge color="indigo" variant="light">
              Decision
            </Badge>
            <Text size="sm" style={{ flex: 1 }}>
              {d.text}
              {d.recusedIds.length
                ? ` (${recusalWords(d.vote, d.recusedIds.map(names))})`
                : d.vote
                  ? ` (${voteWords(d.vote)})`
                  : ''}
            </Text>
            {!disabled ? (
              <ActionIcon
                size="sm"
                variant="subtle"
                color="red"
                aria-label={`Delete decision ${d.text}`}
                onClick={() =>
                  act(
                    () => run('deleteDecision', { meetingId: meeting.id, itemId: item.id, decisionId: d.id }),
                    'The decision was not deleted',
                  )
                }
              >
                <IconTrash size={14} />
              </ActionIcon>
            ) : null}
          </Group>
        ))}
        {actions.map((a) => (
          <Group key={a.id} gap="xs" wrap="nowrap" data-testid="minutes-action">
            <Badge color="blue" variant="light">
              Action
            </Badge>
            <Text size="sm" style={{ flex: 1 }}>
              {a.title} · {ownerName(a, names)} · {dueWords(a, today)} · {ActionStatus.labelOf(a.status)}
            </Text>
          </Group>
        ))}
      </Stack>

      {!disabled && adding === null ? (
        <Group gap="xs" mt="xs">
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            aria-label={`Record a decision on ${item.title}`}
            onClick={() => setAdding('decision')}
          >
            Decision
          </Button>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            aria-label={`Add an action item to ${item.title}`}
            onClick={() => setAdding('action')}
          >
            Action item
          </Button>
        </Group>
      ) : null}
      {!disabled && adding !== null ? (
        <Stack gap="xs" mt="sm">
          {adding === 'decision' ? (
            <DecisionForm meeting={meeting} item={item} form={decision} onDone={() => setAdding(null)} />
          ) : (
            <MinutesActionItemForm meeting={meeting} item={item} form={action} onDone={() => setAdding(null)} />
          )}
        </Stack>
      ) : null}
    </Paper>
  );
}
