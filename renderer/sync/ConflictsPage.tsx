import { Alert, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput } from '../../src/api/contract';
import type { ConflictVersion, ConflictView } from '../../src/sync/service';
import { call } from '../api/client';
import { formatDateTimeIn } from '../app/format';
import { PageHeader } from '../app/PageHeader';
import { useCoalition } from '../workspace/WorkspaceProvider';
import { useSharing } from './useSharing';

type Resolution = MethodInput<'settleConflict'>['resolution'];

/** "livedExperience" → "Lived experience"; "contact.email" → "Contact email". */
function fieldWords(field: string): string {
  const words = field
    .split('.')
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(shown).join(', ') || '(empty)';
  return JSON.stringify(value);
}

/** "Changed by maria on Dec 3, 2026, 2:02 PM CST", in the coalition's time zone; "another member" when the version does not say. */
function changedBy(version: ConflictVersion | undefined, timeZone: string): string {
  if (!version?.account) return 'Changed by another member';
  const by = `Changed by ${version.account}`;
  return version.at ? `${by} on ${formatDateTimeIn(version.at, timeZone)}` : by;
}

const WHAT: Record<string, string> = {
  stakeholders: 'Person',
  organizations: 'Organization',
  actionItems: 'Action item',
  meetings: 'Meeting',
  conversations: 'Conversation',
};

/**
 * What sharing could not settle by itself: a field changed to different values on two laptops
 * (both are kept; choose one, or for text, combine them), or a record deleted on one laptop
 * and changed on another (the change was kept; keep the record or delete it). A choice made
 * here reaches every member, and the conflict leaves their lists too.
 */
export function ConflictsPage() {
  const { sharing } = useSharing();
  const [conflicts, setConflicts] = useState<ConflictView[] | null>(null);
  const count = sharing?.status.conflicts ?? 0;

  const load = useCallback(async () => {
    try {
      setConflicts(await call('listConflicts'));
    } catch (error) {
      notifications.show({ color: 'red', message: (error as Error).message });
      setConflicts([]);
    }
  }, []);

  // Read again whenever the number the header shows changes (another member settled one).
  useEffect(() => {
    void load();
  }, [load, count]);

  async function settle(conflict: ConflictView, resolution: Resolution, said: string) {
    try {
      setConflicts(await call('settleConflict', { docId: conflict.docId, index: conflict.index, resolution }));
      notifications.show({ color: 'teal', message: said });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not settled', message: (error as Error).message });
      await load();
    }
  }

  return (
    <>
      <PageHeader
        title="Conflicts"
        back="Sharing"
        description="The same thing was changed on two laptops before they synced. Both versions are kept until someone chooses; what you choose reaches everyone."
      />
      {conflicts === null ? (
        <Loader size="sm" aria-label="Reading the conflicts" />
      ) : conflicts.length === 0 ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Nothing to settle" maw={720}>
          Every change from every member fits together.
        </Alert>
      ) : (
        <Stack gap="md" maw={900}>
          {conflicts.map((conflict) => (
            <ConflictCard
              key={`${conflict.docId}#${conflict.index}`}
              conflict={conflict}
              onSettle={(resolution, said) => settle(conflict, resolution, said)}
            />
          ))}
        </Stack>
      )}
    </>
  );
}

function ConflictCard({
  conflict,
  onSettle,
}: {
  conflict: ConflictView;
  onSettle(resolution: Resolution, said: string): Promise<void>;
}) {
  const { attention } = conflict;
  const { timeZone } = useCoalition();
  const what = conflict.collection ? (WHAT[conflict.collection] ?? 'Record') : 'Coalition';
  const texts = attention.kind === 'field' && attention.values.every((value) => typeof value === 'string');
  const [combined, setCombined] = useState(
    attention.kind === 'field' && texts ? (attention.values as string[]).join('\n') : '',
  );
  const [busy, setBusy] = useState(false);
  const run = async (resolution: Resolution, said: string) => {
    setBusy(true);
    try {
      await onSettle(resolution, said);
    } finally {
      setBusy(false);
    }
  };
  const heading = `${what}: ${conflict.label}`;

  return (
    <Paper withBorder radius="lg" p="lg" component="article" aria-label={heading}>
      <Title order={2} size="h4" mb={4}>
        {heading}
      </Title>
      {attention.kind === 'deletedAndEdited' ? (
        <>
          <Text size="sm" mb="md">
            It was deleted on one laptop and changed on another. The change was kept, so nothing is lost. Should it
            stay?
          </Text>
          <Group gap="sm">
            <Button loading={busy} onClick={() => void run({ keep: true }, `Kept “${conflict.label}”.`)}>
              Keep it
            </Button>
            <Button
              variant="default"
              color="red"
              loading={busy}
              onClick={() => void run({ keep: false }, `Deleted “${conflict.label}”.`)}
            >
              Delete it
            </Button>
          </Group>
        </>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="md">
            {fieldWords(attention.field)} was changed on two laptops
            {attention.base !== undefined && attention.base !== null && attention.base !== ''
              ? ` (it was “${shown(attention.base)}”)`
              : ''}
            .
          </Text>
          <SimpleGrid cols={{ base: 1, sm: attention.values.length }} spacing="sm" mb={texts ? 'md' : 0}>
            {attention.values.map((value, index) => (
              <Paper
                key={index}
                withBorder
                radius="md"
                p="md"
                bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-6))"
                component="section"
                aria-label={`Version ${index + 1}`}
              >
                <Stack gap="sm" justify="space-between" h="100%">
                  <Stack gap={6}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="xs" c="dimmed">
                        {changedBy(conflict.versions?.[index], timeZone)}
                      </Text>
                      {conflict.versions?.[index]?.thisLaptop ? (
                        <Badge size="sm" variant="light" color="blue">
                          This laptop
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {shown(value)}
                    </Text>
                  </Stack>
                  <Button
                    size="xs"
                    variant="light"
                    loading={busy}
                    aria-label={`Keep this one: “${shown(value)}”`}
                    onClick={() => void run({ choose: index }, `Kept “${shown(value)}”.`)}
                  >
                    Keep this one
                  </Button>
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
          {texts ? (
            <Stack gap="xs">
              <Textarea
                label="Or combine them"
                autosize
                minRows={2}
                value={combined}
                onChange={(event) => setCombined(event.currentTarget.value)}
              />
              <Group>
                <Button
                  size="xs"
                  variant="default"
                  loading={busy}
                  onClick={() => void run({ value: combined }, 'Kept the combined text.')}
                >
                  Keep the combined text
                </Button>
              </Group>
            </Stack>
          ) : null}
        </>
      )}
    </Paper>
  );
}
