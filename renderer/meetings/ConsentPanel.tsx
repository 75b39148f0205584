import { Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { presentIds } from '../../src/meetings/attendance';
import { consentApprovalWords, consentMinutesItems } from '../../src/meetings/consent';
import type { Meeting } from '../../src/meetings/model';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';

/**
 * The consent agenda during the meeting: its items, approved together by one motion, and a way
 * for any member present to pull one out for discussion first (it then joins the regular items).
 */
export function ConsentPanel({ meeting, disabled }: { meeting: Meeting; disabled: boolean }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const [pulling, setPulling] = useState<Record<string, string | null>>({});
  const minutes = meeting.minutes!;
  const items = consentMinutesItems(minutes.items);
  const approvedWords = consentApprovalWords(minutes);
  if (items.length === 0 && !approvedWords) return null;
  const nameOf = (id: string) => doc.stakeholders.find((s) => s.id === id)?.name ?? 'Someone no longer in the list';
  const members = [...presentIds(meeting)].map((id) => ({ value: id, label: nameOf(id) }));
  const numberOf = (id: string) => minutes.items.findIndex((i) => i.id === id) + 1;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Consent agenda">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Consent agenda
        </Title>
        {approvedWords ? (
          <Group gap="xs">
            <Badge variant="light" color="teal" leftSection={<IconCheck size={14} />} tt="none">
              {approvedWords}
            </Badge>
            {!disabled ? (
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                onClick={() =>
                  act(
                    () => run('undoConsentApproval', { meetingId: meeting.id }),
                    'The approval still stands',
                    'Approval withdrawn.',
                  )
                }
              >
                Withdraw approval
              </Button>
            ) : null}
          </Group>
        ) : (
          <Button
            disabled={disabled || items.length === 0}
            onClick={() =>
              act(
                () => run('approveConsentAgenda', { meetingId: meeting.id }),
                'The consent agenda was not approved',
                ({ result: n }) => `Consent agenda approved: ${n} item${n === 1 ? '' : 's'} by one motion.`,
              )
            }
          >
            Approve consent agenda
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        These items pass together by one motion. Any member present can ask for an item to be discussed on its own
        first.
      </Text>
      <Stack gap="xs">
        {items.map((item) => (
          <Group key={item.id} justify="space-between" wrap="nowrap">
            <Text size="sm">
              {numberOf(item.id)}. {item.title}
            </Text>
            {!approvedWords && !disabled && item.agendaItemId ? (
              <Group gap="xs" wrap="nowrap">
                <Select
                  aria-label={`Member pulling ${item.title}`}
                  placeholder={members.length ? 'Pulled by…' : 'Mark attendance first'}
                  data={members}
                  size="xs"
                  w={200}
                  value={pulling[item.id] ?? null}
                  onChange={(value) => setPulling((p) => ({ ...p, [item.id]: value }))}
                />
                <Button
                  size="xs"
                  variant="default"
                  disabled={!pulling[item.id]}
                  aria-label={`Pull ${item.title} for discussion`}
                  onClick={() =>
                    act(
                      () =>
                        run('pullConsentItem', {
                          meetingId: meeting.id,
                          itemId: item.agendaItemId!,
                          pulledById: pulling[item.id]!,
                        }),
                      'The item was not pulled',
                      `Pulled for discussion by ${nameOf(pulling[item.id]!)}.`,
                    )
                  }
                >
                  Pull for discussion
                </Button>
              </Group>
            ) : null}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
