import {
  Anchor,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  Menu,
  Paper,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconAddressBook, IconDots, IconMessagePlus, IconPencil, IconStairsUp, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ActionStatus } from '../../src/actions/model';
import { Channel } from '../../src/stakeholders/model/conversation';
import { Sector } from '../../src/model/sector';
import {
  ExportPrivacy,
  Level,
  PreferredContact,
  ProgramRole,
  type Stakeholder,
} from '../../src/stakeholders/model/stakeholder';
import { privacySummary } from '../../src/stakeholders/privacy';
import { bringsLivedExperience, sectorOf } from '../../src/stakeholders/sectorOf';
import { describeHistory } from '../../src/stakeholders/stageHistory';
import { ConfirmModal } from '../components/ConfirmModal';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { exportVcards } from './exports';
import type { Lookups } from './lookups';
import { readableBadge, StageBadge } from './StageBadge';
import { tableDay } from '../../src/model/dateFormats';

interface Props {
  person: Stakeholder | null;
  lookups: Lookups;
  onClose: () => void;
  onEdit: (person: Stakeholder) => void;
  onLogConversation: (person: Stakeholder) => void;
  onChangeStage: (person: Stakeholder) => void;
  onDelete: (person: Stakeholder) => void;
}

/** One person at a glance: how to reach them, where they stand, every conversation, every change of stage. */
export function StakeholderDrawer({
  person,
  lookups,
  onClose,
  onEdit,
  onLogConversation,
  onChangeStage,
  onDelete,
}: Props) {
  return (
    <Drawer
      opened={person !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={person?.name}
      padding="lg"
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      {person ? (
        <DrawerBody
          person={person}
          lookups={lookups}
          onEdit={onEdit}
          onLogConversation={onLogConversation}
          onChangeStage={onChangeStage}
          onDelete={onDelete}
        />
      ) : null}
    </Drawer>
  );
}

function DrawerBody({
  person,
  lookups,
  onEdit,
  onLogConversation,
  onChangeStage,
  onDelete,
}: Omit<Props, 'person' | 'onClose'> & { person: Stakeholder }) {
  const doc = useDoc();
  const organization = lookups.organizationName(person.organizationId);
  const conversations = useMemo(
    () =>
      doc.conversations
        .filter((c) => c.stakeholderIds.includes(person.id))
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
    [doc.conversations, person.id],
  );
  const history = describeHistory(person);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {person.title || organization ? <Text>{[person.title, organization].filter(Boolean).join(', ')}</Text> : null}
        <Group gap="xs">
          <StageBadge stage={person.stage} size="md" />
          <Badge variant="outline" color="gray" radius="sm" style={readableBadge('gray')}>
            {Sector.labelOf(sectorOf(person, lookups.organizations))}
          </Badge>
          {bringsLivedExperience(person) ? (
            <Badge variant="light" color="grape" radius="sm" style={readableBadge('grape')}>
              Lived experience
            </Badge>
          ) : null}
          {person.roles.map((r) => (
            <Badge key={r} variant="light" color="indigo" radius="sm" style={readableBadge('indigo')}>
              {ProgramRole.labelOf(r)}
            </Badge>
          ))}
        </Group>
      </Stack>

      <Group gap="sm">
        <Button leftSection={<IconMessagePlus size={16} />} onClick={() => onLogConversation(person)}>
          Log conversation
        </Button>
        <Button variant="light" leftSection={<IconStairsUp size={16} />} onClick={() => onChangeStage(person)}>
          Change stage
        </Button>
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => onEdit(person)}>
          Edit
        </Button>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="subtle" color="gray" aria-label={`More for ${person.name}`} px="xs">
              <IconDots size={18} />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconAddressBook size={16} />} onClick={() => void exportVcards([person.id])}>
              Save contact card (.vcf)
            </Menu.Item>
            <Menu.Divider />
            <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => onDelete(person)}>
              Delete {person.name}…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>

      <Section title="Contact">
        <Fact label="Email">
          {person.email ? <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor> : '—'}
        </Fact>
        <Fact label="Phone">{person.phone || '—'}</Fact>
        <Fact label="Prefers">{PreferredContact.labelOf(person.preferredContact)}</Fact>
        <Fact label="In shared documents">
          {ExportPrivacy.labelOf(person.privacy)}
          <Text size="xs" c="dimmed">
            {privacySummary(person.privacy)}
          </Text>
        </Fact>
        <Fact label="Influence / interest">
          {Level.labelOf(person.influence)} / {Level.labelOf(person.interest)}
        </Fact>
        {person.tags.length ? (
          <Fact label="Tags">
            <Group gap={4}>
              {person.tags.map((t) => (
                <Badge key={t} variant="outline" color="gray" size="sm" radius="sm" style={readableBadge('gray')}>
                  {t}
                </Badge>
              ))}
            </Group>
          </Fact>
        ) : null}
      </Section>

      {person.notes ? (
        <Section title="Notes">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {person.notes}
          </Text>
        </Section>
      ) : null}

      <Section title={`Conversations (${conversations.length})`}>
        {conversations.length === 0 ? (
          <Text size="sm" c="dimmed">
            No conversations logged yet. Log the first one when you have talked.
          </Text>
        ) : (
          <Stack gap="sm" role="list" aria-label="Conversations">
            {conversations.map((c) => (
              <ConversationCard key={c.id} conversation={c} personId={person.id} lookups={lookups} />
            ))}
          </Stack>
        )}
      </Section>

      <Section title="Stage history">
        {history.length === 0 ? (
          <Text size="sm" c="dimmed">
            No changes recorded.
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={0} aria-label="Stage history">
            {history.map((h, index) => (
              <Timeline.Item key={`${h.on}-${index}`} title={h.label}>
                <Text size="xs" c="dimmed">
                  {tableDay(h.on)}
                  {h.conversationId ? ' · after a logged conversation' : ''}
                </Text>
                {h.note ? <Text size="sm">{h.note}</Text> : null}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Section>
    </Stack>
  );
}

function ConversationCard({
  conversation,
  personId,
  lookups,
}: {
  conversation: import('../../src/stakeholders/model/conversation').Conversation;
  personId: string;
  lookups: Lookups;
}) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const [confirming, setConfirming] = useState(false);
  const others = conversation.stakeholderIds
    .filter((id) => id !== personId)
    .map((id) => lookups.people.get(id)?.name ?? 'someone no longer listed');
  const followUps = conversation.followUpIds
    .map((id) => doc.actionItems.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  return (
    <Paper withBorder radius="md" p="sm" role="listitem">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" fw={600}>
          {tableDay(conversation.date)} · {Channel.labelOf(conversation.channel)}
          {conversation.heldBy ? ` · held by ${conversation.heldBy}` : ''}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          onClick={() => setConfirming(true)}
          aria-label={`Delete the conversation of ${tableDay(conversation.date)}`}
        >
          Delete
        </Button>
      </Group>
      {others.length ? (
        <Text size="xs" c="dimmed">
          Also with {others.join(', ')}
        </Text>
      ) : null}
      {conversation.summary ? (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
          {conversation.summary}
        </Text>
      ) : null}
      {conversation.commonGround ? <Labelled label="Common ground">{conversation.commonGround}</Labelled> : null}
      {conversation.concerns ? <Labelled label="Concerns">{conversation.concerns}</Labelled> : null}
      {followUps.map((item) => (
        <Labelled key={item.id} label="Follow-up">
          {item.title}
          {item.ownerId
            ? ` — ${lookups.people.get(item.ownerId)?.name ?? ''}`
            : item.ownerName
              ? ` — ${item.ownerName}`
              : ''}
          {item.dueDate ? `, due ${tableDay(item.dueDate)}` : ''} ({ActionStatus.labelOf(item.status).toLowerCase()})
        </Labelled>
      ))}
      <ConfirmModal
        opened={confirming}
        title="Delete this conversation?"
        message="Its follow-up action items stay on the list, and stage changes it prompted stay in the history."
        confirmLabel="Delete conversation"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          const deleted = await act(
            () => run('deleteConversation', { id: conversation.id }),
            'The conversation was not deleted',
            'Conversation deleted.',
          );
          if (deleted) setConfirming(false);
        }}
      />
    </Paper>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs">
      <Divider />
      <Title order={3} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" w={150} style={{ flex: 'none' }}>
        {label}
      </Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)' }}>{children}</div>
    </Group>
  );
}

function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Text size="sm" mt={4}>
      <Text span fw={600} size="sm">
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}
