import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ActionStatus } from '../../src/actions/model';
import { ItemOutcome, type Meeting, type MinutesItem } from '../../src/meetings/model';
import { dueWords } from '../../src/actions/due';
import { byStart } from '../../src/meetings/body';
import { nameLookup, ownerName } from '../../src/meetings/meetingFacts';
import { approvalWords } from '../../src/meetings/approvalWords';
import { tableDay } from '../../src/model/dateFormats';
import { voteWords } from '../../src/meetings/votes';
import { stakeholderChoices } from '../components/choices';
import { DayInput } from '../components/DayInput';
import { act } from '../components/act';
import { showFailure, showSuccess } from '../components/feedback';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import { DRAFT_STYLE } from './MeetingBadges';

/** The minutes: a copy of the agenda to write notes, decisions and action items into, item by item. */
export function MinutesEditor({ meeting }: { meeting: Meeting }) {
  const { run } = useWorkspace();
  const doc = useDoc();
  const [approving, setApproving] = useState(false);
  const [raised, setRaised] = useState('');
  const minutes = meeting.minutes;

  if (!minutes) {
    return (
      <Paper withBorder p="lg" radius="md">
        <Stack gap="sm" align="flex-start">
          <Text>
            No minutes yet. They start as a copy of the agenda, so you can write notes, decisions and action items
            against each item.
          </Text>
          <Button
            onClick={() =>
              act(
                () => run('startMinutes', { meetingId: meeting.id }),
                'The minutes were not started',
                'Minutes started from the agenda.',
              )
            }
          >
            Start the minutes
          </Button>
        </Stack>
      </Paper>
    );
  }
  const approved = minutes.status === 'approved';
  const copied = new Set(minutes.items.map((i) => i.agendaItemId));
  const newOnAgenda = meeting.agenda.flatMap((s) => s.items).filter((i) => !copied.has(i.id)).length;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <RecorderField meeting={meeting} disabled={approved} />
          {approved ? (
            <Badge size="lg" variant="light" leftSection={<IconCheck size={14} />}>
              {approvalWords(minutes, doc.meetings)}
            </Badge>
          ) : (
            <Badge size="lg" variant="outline" style={DRAFT_STYLE}>
              Draft
            </Badge>
          )}
        </Group>
        {approved ? (
          <Button
            variant="default"
            onClick={() =>
              act(
                () => run('returnMinutesToDraft', { meetingId: meeting.id }),
                'The minutes are still approved',
                'The minutes are a draft again.',
              )
            }
          >
            Return to draft
          </Button>
        ) : (
          <Button onClick={() => setApproving(true)}>Mark as approved</Button>
        )}
      </Group>
      {newOnAgenda > 0 && !approved ? (
        <Alert color="blue">
          <Group justify="space-between">
            <Text size="sm">
              {newOnAgenda} agenda item{newOnAgenda === 1 ? ' was' : 's were'} added after the minutes began.
            </Text>
            <Button
              size="xs"
              onClick={() => act(() => run('startMinutes', { meetingId: meeting.id }), 'Nothing was brought in')}
            >
              Bring them in
            </Button>
          </Group>
        </Alert>
      ) : null}
      {minutes.items.map((item, index) => (
        <MinutesItemCard key={item.id} meeting={meeting} item={item} number={index + 1} disabled={approved} />
      ))}
      {!approved ? (
        <Group align="flex-end">
          <TextInput
            label="Item raised at the meeting"
            value={raised}
            onChange={(e) => setRaised(e.currentTarget.value)}
            w={360}
          />
          <Button
            variant="default"
            disabled={!raised.trim()}
            onClick={() =>
              act(async () => {
                await run('addMinutesItem', { meetingId: meeting.id, title: raised });
                setRaised('');
              }, 'The item was not added')
            }
          >
            Add to the minutes
          </Button>
        </Group>
      ) : null}
      <ApproveModal opened={approving} onClose={() => setApproving(false)} meeting={meeting} />
    </Stack>
  );
}

function RecorderField({ meeting, disabled }: { meeting: Meeting; disabled: boolean }) {
  const { run } = useWorkspace();
  const [value, setValue] = useState(meeting.minutes?.recorder ?? '');
  return (
    <TextInput
      label="Minutes taken by"
      value={value}
      disabled={disabled}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={async () => {
        if (value === (meeting.minutes?.recorder ?? '')) return;
        try {
          await run('updateMinutes', { meetingId: meeting.id, recorder: value });
        } catch (error) {
          showFailure(error, 'The name was not saved');
        }
      }}
    />
  );
}

function MinutesItemCard({
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
  const { run } = useWorkspace();
  const names = useMemo(() => nameLookup(doc, 'coalition'), [doc]);
  const [notes, setNotes] = useState(item.notes);
  const [notesError, setNotesError] = useState<string | null>(null);
  const [decision, setDecision] = useState({ text: '', withVote: false, for: 0, against: 0, abstain: 0 });
  const [action, setAction] = useState<{ title: string; ownerId: string | null; dueDate: string | null }>({
    title: '',
    ownerId: null,
    dueDate: null,
  });
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
              {d.vote ? ` (${voteWords(d.vote)})` : ''}
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
            <Group align="flex-end" gap="xs">
              <TextInput
                data-autofocus
                label="Decision"
                aria-label={`Decision on ${item.title}`}
                placeholder="What was agreed"
                value={decision.text}
                onChange={(e) => setDecision({ ...decision, text: e.currentTarget.value })}
                style={{ flex: 1 }}
              />
              <Checkbox
                label="Record a vote"
                checked={decision.withVote}
                onChange={(e) => setDecision({ ...decision, withVote: e.currentTarget.checked })}
                mb={8}
              />
              {decision.withVote ? (
                <>
                  <NumberInput
                    label="For"
                    min={0}
                    w={80}
                    allowDecimal={false}
                    value={decision.for}
                    onChange={(v) => setDecision({ ...decision, for: Number(v) || 0 })}
                  />
                  <NumberInput
                    label="Against"
                    min={0}
                    w={80}
                    allowDecimal={false}
                    value={decision.against}
                    onChange={(v) => setDecision({ ...decision, against: Number(v) || 0 })}
                  />
                  <NumberInput
                    label="Abstain"
                    min={0}
                    w={80}
                    allowDecimal={false}
                    value={decision.abstain}
                    onChange={(v) => setDecision({ ...decision, abstain: Number(v) || 0 })}
                  />
                </>
              ) : null}
              <Button
                variant="default"
                disabled={!decision.text.trim()}
                onClick={async () => {
                  const ok = await act(
                    () =>
                      run('addDecision', {
                        meetingId: meeting.id,
                        itemId: item.id,
                        decision: {
                          text: decision.text,
                          vote: decision.withVote
                            ? { for: decision.for, against: decision.against, abstain: decision.abstain }
                            : null,
                        },
                      }),
                    'The decision was not recorded',
                    'Decision recorded.',
                  );
                  if (ok) {
                    setDecision({ text: '', withVote: false, for: 0, against: 0, abstain: 0 });
                    setAdding(null);
                  }
                }}
              >
                Record decision
              </Button>
              <Button variant="subtle" color="gray" onClick={() => setAdding(null)}>
                Cancel
              </Button>
            </Group>
          ) : (
            <Group align="flex-end" gap="xs">
              <TextInput
                label="Action item"
                aria-label={`New action item for ${item.title}`}
                placeholder="Who does what"
                value={action.title}
                onChange={(e) => setAction({ ...action, title: e.currentTarget.value })}
                style={{ flex: 1 }}
              />
              <Select
                label="Owner"
                aria-label={`Owner of the new action item for ${item.title}`}
                data={stakeholderChoices(doc)}
                searchable
                clearable
                clearButtonProps={{ 'aria-label': 'Clear owner' }}
                value={action.ownerId}
                onChange={(v) => setAction({ ...action, ownerId: v })}
                w={240}
              />
              <DayInput
                label="Due"
                aria-label={`Due date of the new action item for ${item.title}`}
                clearable
                value={action.dueDate}
                onChange={(v) => setAction({ ...action, dueDate: v as string | null })}
                w={160}
              />
              <Button
                variant="default"
                disabled={!action.title.trim()}
                onClick={async () => {
                  const ok = await act(
                    () =>
                      run('addMeetingActionItem', {
                        meetingId: meeting.id,
                        itemId: item.id,
                        fields: { title: action.title, ownerId: action.ownerId, dueDate: action.dueDate },
                      }),
                    'The action item was not added',
                    'Action item added.',
                  );
                  if (ok) {
                    setAction({ title: '', ownerId: null, dueDate: null });
                    setAdding(null);
                  }
                }}
              >
                Add action item
              </Button>
              <Button variant="subtle" color="gray" onClick={() => setAdding(null)}>
                Cancel
              </Button>
            </Group>
          )}
        </Stack>
      ) : null}
    </Paper>
  );
}

function ApproveModal({ opened, onClose, meeting }: { opened: boolean; onClose: () => void; meeting: Meeting }) {
  const doc = useDoc();
  const today = useToday();
  const { run } = useWorkspace();
  const later = useMemo(
    () => doc.meetings.filter((m) => byStart(m, meeting) > 0).sort(byStart),
    [doc.meetings, meeting],
  );
  const [day, setDay] = useState<string | null>(today);
  const [at, setAt] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <Modal opened={opened} onClose={onClose} title="Approve the minutes">
      <Stack>
        <Text size="sm">
          Minutes are usually approved at the next meeting of the same group. Record when, and at which meeting.
        </Text>
        <DayInput
          label="Approved on"
          value={day}
          onChange={(v) => setDay(v as string | null)}
          error={errors.approvedOn}
        />
        <Select
          label="At the meeting"
          data={later.map((m) => ({ value: m.id, label: `${tableDay(m.date)} · ${m.title}` }))}
          value={at}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear meeting' }}
          placeholder="Not recorded"
          onChange={(v) => {
            setAt(v);
            const chosen = later.find((m) => m.id === v);
            if (chosen) setDay(chosen.date);
          }}
          error={errors.approvedAtMeetingId}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            disabled={!day}
            onClick={async () => {
              try {
                await run('approveMinutes', { meetingId: meeting.id, approvedOn: day!, approvedAtMeetingId: at });
                showSuccess('Minutes approved.');
                onClose();
              } catch (error) {
                showFailure(error, 'The minutes were not approved', setErrors);
              }
            }}
          >
            Approve
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
