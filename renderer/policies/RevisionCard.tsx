import { Anchor, Badge, Button, Group, Menu, Paper, ScrollArea, Spoiler, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconDots, IconPencil, IconSignature, IconTrash, IconUserCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Policy, PolicyRevision, RevisionStatus } from '../../src/policies/model';
import { currentStatusSince } from '../../src/policies/currentRevision';
import { deletionRefusal, reviewRefusal, signatureRefusal } from '../../src/policies/revisionStatus';
import { waitingOn } from '../../src/policies/waitingOn';
import { useDoc } from '../workspace/WorkspaceProvider';
import { RevisionStatusBadge } from './RevisionStatusBadge';
import { statusActions } from './statusActions';
import { tableDay } from '../../src/model/dateFormats';

export interface RevisionCardActions {
  onMove(revision: PolicyRevision, to: RevisionStatus): void;
  onEdit(revision: PolicyRevision): void;
  onReview(revision: PolicyRevision): void;
  onSign(revision: PolicyRevision): void;
  onDelete(revision: PolicyRevision): void;
}

/** One revision: its status and how it got there, what changed, reviews, signatures, and its text. */
export function RevisionCard({
  policy,
  revision,
  actions,
}: {
  policy: Policy;
  revision: PolicyRevision;
  actions: RevisionCardActions;
}) {
  const doc = useDoc();
  const meeting = doc.meetings.find((m) => m.id === revision.meetingId);
  const moves = statusActions(revision);
  const person = (id: string | null, name: string) =>
    doc.stakeholders.find((s) => s.id === id)?.name ?? (name || 'Unnamed reviewer');
  const orgName = (id: string) => doc.organizations.find((o) => o.id === id)?.name ?? 'An agency no longer listed';
  // Only the revision the policy waits on asks for signatures; older ones are settled history.
  const waiting = waitingOn(policy, doc);
  const unsigned = waiting.revision?.id === revision.id ? waiting.unsignedOrganizationIds : [];

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-labelledby={`revision-${revision.id}`}
      data-testid="revision-card"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Group gap="sm" align="center">
            <Text fw={700} id={`revision-${revision.id}`}>
              Version {revision.version}
            </Text>
            <RevisionStatusBadge status={revision.status} />
            <Text size="sm" c="dimmed">
              dated {tableDay(revision.date)} · {revision.status === 'draft' ? 'drafted' : 'since'}{' '}
              {tableDay(currentStatusSince(revision))}
            </Text>
          </Group>
          <Group gap="xs">
            {moves.length > 0 ? (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button
                    size="xs"
                    variant="light"
                    rightSection={<IconChevronDown size={14} />}
                    aria-label={`Change status of version ${revision.version}`}
                  >
                    Change status
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {moves.map((move) => (
                    <Menu.Item key={move.to} onClick={() => actions.onMove(revision, move.to)}>
                      {move.label}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            ) : null}
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button size="xs" variant="default" aria-label={`More for version ${revision.version}`} px={8}>
                  <IconDots size={16} />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => actions.onEdit(revision)}>
                  Edit
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconUserCheck size={16} />}
                  disabled={Boolean(reviewRefusal(revision))}
                  onClick={() => actions.onReview(revision)}
                >
                  Record a review
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconSignature size={16} />}
                  disabled={Boolean(signatureRefusal(revision))}
                  onClick={() => actions.onSign(revision)}
                >
                  Record a signature
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  disabled={Boolean(deletionRefusal(revision))}
                  onClick={() => actions.onDelete(revision)}
                >
                  Delete revision
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>

        {revision.summary ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {revision.summary}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No summary of the changes.
          </Text>
        )}

        <Group gap="lg" wrap="wrap" align="flex-start">
          <Detail label="History">
            {revision.statusHistory.map((h) => `${STATUS_SHORT[h.status]} ${tableDay(h.on)}`).join(' → ') || '—'}
          </Detail>
          {meeting ? (
            <Detail label="Decided at">
              <Anchor component={Link} href={`~/meetings/${meeting.id}`} size="sm" underline="always">
                {meeting.title}, {tableDay(meeting.date)}
              </Anchor>
            </Detail>
          ) : null}
          <Detail label="Reviewed by">
            {revision.reviews.length
              ? revision.reviews
                  .map(
                    (r) =>
                      `${person(r.reviewerId, r.reviewerName)} (${tableDay(r.on)})${r.note ? `: “${r.note}”` : ''}`,
                  )
                  .join('; ')
              : 'Nobody yet'}
          </Detail>
        </Group>

        {revision.signatures.length || unsigned.length ? (
          <Group gap="xs" wrap="wrap" aria-label="Signatures">
            {revision.signatures.map((s) => (
              <Badge key={s.organizationId} color="teal" variant="dot" tt="none" radius="sm">
                Signed: {orgName(s.organizationId)}, {tableDay(s.signedOn)}
                {s.signedBy ? ` (${s.signedBy})` : ''}
              </Badge>
            ))}
            {unsigned.map((id) => (
              <Badge key={id} color="orange" variant="dot" tt="none" radius="sm">
                Not yet signed: {orgName(id)}
              </Badge>
            ))}
          </Group>
        ) : null}

        {revision.text.trim() ? (
          <Spoiler maxHeight={0} showLabel="Show the full text" hideLabel="Hide the text">
            <ScrollArea.Autosize mah={360} type="auto">
              <Text size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap' }} p="xs">
                {revision.text}
              </Text>
            </ScrollArea.Autosize>
          </Spoiler>
        ) : (
          <Text size="xs" c="dimmed">
            The full text of this version is not in the workspace.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} maw={420}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** Short words for the one-line history ("Drafted 3 Feb → In review 5 Feb → Approved 18 Feb"). */
const STATUS_SHORT: Record<RevisionStatus, string> = {
  draft: 'Drafted',
  'in-review': 'In review',
  approved: 'Approved',
  adopted: 'Adopted',
  superseded: 'Superseded',
};
