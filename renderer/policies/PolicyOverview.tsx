import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { AddButton } from '../components/AddButton';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { PolicyKind, type PolicyRevision } from '../../src/policies/model';
import { spanInWords } from '../../src/actions/due';
import { adoptedRevision, workingRevision } from '../../src/policies/currentRevision';
import { unreviewedLongest, type ReviewAge } from '../../src/policies/reviewAge';
import { waitingByParty, waitingOn, type WaitingOn } from '../../src/policies/waitingOn';
import { EmptyArea } from '../app/EmptyArea';
import { VirtualCardList } from '../components/VirtualCardList';
import { PageHeader } from '../app/PageHeader';
import { useDoc } from '../workspace/WorkspaceProvider';
import { PolicyFormModal } from './PolicyFormModal';
import { RevisionStatusBadge } from './RevisionStatusBadge';
import { useToday } from '../components/useToday';
import { tableDay } from '../../src/model/dateFormats';
import { SearchInput } from '../components/SearchInput';
import { SectionHeading } from '../components/SectionHeading';

const DESCRIPTION =
  'The policies and agreements that make CIT work across agencies, where each one stands, and who it is waiting on.';

/** Every policy with its current status, what is waiting on whom, and what has gone unreviewed longest. */
export function PolicyOverview() {
  const doc = useDoc();
  const today = useToday();
  const [, navigate] = useLocation();
  const [adding, setAdding] = useState(false);
  const [query, setQuery] = useState('');

  const rows = useMemo(
    () =>
      unreviewedLongest(doc.policies, today).map((age) => ({
        age,
        inForce: adoptedRevision(age.policy),
        working: workingRevision(age.policy),
        waiting: waitingOn(age.policy, doc),
      })),
    [doc, today],
  );
  const queues = useMemo(() => waitingByParty(doc.policies, doc), [doc]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = q ? rows.filter((r) => r.age.policy.title.toLowerCase().includes(q)) : rows;
    return [...list].sort((a, b) => a.age.policy.title.localeCompare(b.age.policy.title));
  }, [rows, query]);

  const modal = (
    <PolicyFormModal opened={adding} onClose={() => setAdding(false)} onCreated={(id) => navigate(`/${id}`)} />
  );

  if (doc.policies.length === 0) {
    return (
      <EmptyArea
        title="Policies"
        icon={IconGavel}
        text="No policies yet. Add the first policy or agreement your partners are working on: a dispatch protocol, how officers hand a person over at the crisis center, or a memorandum of agreement."
        dialog={modal}
      >
        <AddButton onClick={() => setAdding(true)}>New policy</AddButton>
      </EmptyArea>
    );
  }

  return (
    <>
      <PageHeader
        title="Policies"
        description={DESCRIPTION}
        actions={<AddButton onClick={() => setAdding(true)}>New policy</AddButton>}
      />
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="waiting-heading">
            <Title order={2} size="h3" id="waiting-heading" mb="sm">
              Waiting on
            </Title>
            {queues.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing is waiting on anyone: every policy is in force and signed.
              </Text>
            ) : (
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {queues.slice(0, 6).map((queue) => (
                  <li key={queue.party}>
                    <Text size="sm" fw={600}>
                      {capitalise(queue.party)}{' '}
                      <Text span size="sm" c="dimmed" fw={400}>
                        ({queue.items.length} {queue.items.length === 1 ? 'policy' : 'policies'})
                      </Text>
                    </Text>
                    <Text size="sm" c="dimmed">
                      {queue.items.map((item, index) => (
                        <span key={item.policy.id}>
                          {index > 0 ? ', ' : ''}
                          <Anchor component={Link} href={`/${item.policy.id}`} size="sm" underline="always">
                            {item.policy.title}
                          </Anchor>
                        </span>
                      ))}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </Paper>
          <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="unreviewed-heading">
            <Title order={2} size="h3" id="unreviewed-heading" mb="sm">
              Unreviewed longest
            </Title>
            <Stack gap="xs" component="ol" style={{ paddingLeft: '1.2rem', margin: 0 }}>
              {rows.slice(0, 5).map(({ age }) => (
                <li key={age.policy.id}>
                  <Anchor component={Link} href={`/${age.policy.id}`} size="sm" fw={600}>
                    {age.policy.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {age.lastReviewedOn
                      ? `Last reviewed ${tableDay(age.lastReviewedOn)}, ${spanInWords(age.days)} ago`
                      : `Never reviewed, on file for ${spanInWords(age.days)}`}
                  </Text>
                </li>
              ))}
            </Stack>
          </Paper>
        </SimpleGrid>

        <section aria-labelledby="all-policies-heading">
          <SectionHeading id="all-policies-heading" title={<>All policies ({doc.policies.length})</>}>
            <SearchInput
              label="Find a policy by title"
              placeholder="Find by title"
              value={query}
              onChange={setQuery}
              w={260}
            />
          </SectionHeading>
          {shown.length === 0 ? (
            <Text c="dimmed" size="sm">
              No policy title contains “{query}”.
            </Text>
          ) : (
            <PolicyRows rows={shown} />
          )}
        </section>
      </Stack>
      {modal}
    </>
  );
}

type Row = {
  age: ReviewAge;
  inForce: PolicyRevision | null;
  working: PolicyRevision | null;
  waiting: WaitingOn;
};

/** The list itself, virtualized: a county with years of revisions may hold hundreds of policies. */
function PolicyRows({ rows }: { rows: Row[] }) {
  return (
    <VirtualCardList
      items={rows}
      getKey={(row) => row.age.policy.id}
      label="Policies"
      maxHeight="70vh"
      testId="policy-list"
      render={(row) => <PolicyCard row={row} />}
    />
  );
}

function PolicyCard({ row: { age, inForce, working, waiting } }: { row: Row }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Anchor component={Link} href={`/${age.policy.id}`} fw={600}>
            {age.policy.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {PolicyKind.labelOf(age.policy.kind)} ·{' '}
            {inForce ? `version ${inForce.version} in force` : 'nothing in force yet'}
          </Text>
          <Text size="sm">{waiting.sentence}</Text>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }} data-testid="policy-status">
          {[working, inForce]
            .filter((r): r is PolicyRevision => r !== null)
            .map((revision) => (
              <Group key={revision.id} gap={6} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {revision.version}
                </Text>
                <RevisionStatusBadge status={revision.status} />
              </Group>
            ))}
          {!working && !inForce ? (
            <Badge color="gray" variant="dot" tt="none">
              {age.policy.revisions.length ? 'All superseded' : 'No revision yet'}
            </Badge>
          ) : null}
          <Text size="xs" c="dimmed">
            {age.lastReviewedOn ? `Reviewed ${tableDay(age.lastReviewedOn)}` : 'Never reviewed'}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
