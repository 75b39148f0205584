import { Alert, Badge, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import {
  COVERAGE_STATUS_LABELS,
  coverageBySector,
  missingSummary,
  type CoverageRow,
  type CoverageStatus,
} from '../../src/stakeholders/coverage';
import { useCollections } from '../workspace/WorkspaceProvider';
import { readableBadge } from './StageBadge';

const STATUS_COLOR: Record<CoverageStatus, string> = { 'at-the-table': 'teal', talking: 'blue', none: 'red' };

/**
 * Who is at the table, partner by partner: the volunteer convening a coalition sees at a glance
 * which partners are committed, which are in talks, and which nobody has reached yet.
 */
export function CoveragePanel({ onShowPeople }: { onShowPeople: (row: CoverageRow) => void }) {
  const doc = useCollections('stakeholders', 'organizations');
  const rows = useMemo(
    () => coverageBySector(doc.stakeholders, doc.organizations),
    [doc.stakeholders, doc.organizations],
  );
  const summary = missingSummary(rows);
  const missingCore = rows.some((r) => r.core && r.status === 'none');
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="coverage-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="coverage-title">
          Who is at the table
        </Title>
        <Alert
          color={missingCore ? 'orange' : 'teal'}
          icon={missingCore ? <IconAlertTriangle size={18} /> : <IconCircleCheck size={18} />}
          data-testid="coverage-summary"
        >
          {summary}
        </Alert>
        <CoverageTable title="Core partners" rows={rows.filter((r) => r.core)} onShowPeople={onShowPeople} />
        <CoverageTable title="Also worth having" rows={rows.filter((r) => !r.core)} onShowPeople={onShowPeople} />
      </Stack>
    </Paper>
  );
}

function CoverageTable({
  title,
  rows,
  onShowPeople,
}: {
  title: string;
  rows: CoverageRow[];
  onShowPeople: (row: CoverageRow) => void;
}) {
  return (
    <Table
      aria-label={title}
      verticalSpacing={6}
      layout="fixed"
      data-testid={`coverage-${title === 'Core partners' ? 'core' : 'other'}`}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="32%">{title}</Table.Th>
          <Table.Th w={130}>Status</Table.Th>
          <Table.Th>Where things stand</Table.Th>
          <Table.Th w={90}>
            <VisuallyHidden>People</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} data-coverage={row.key} data-status={row.status}>
            <Table.Td fw={500}>{row.label}</Table.Td>
            <Table.Td>
              <Badge
                color={STATUS_COLOR[row.status]}
                variant={row.status === 'none' ? 'outline' : 'light'}
                radius="sm"
                style={readableBadge(STATUS_COLOR[row.status])}
              >
                {COVERAGE_STATUS_LABELS[row.status]}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c={row.stakeholderIds.length ? undefined : 'dimmed'}>
                {describe(row)}
              </Text>
            </Table.Td>
            <Table.Td>
              {row.stakeholderIds.length ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => onShowPeople(row)}
                  aria-label={`Show the people counted for ${row.label.toLowerCase()}`}
                >
                  Show
                </Button>
              ) : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function describe(row: CoverageRow): string {
  const parts: string[] = [];
  if (row.atTheTable) parts.push(`${row.atTheTable} at the table`);
  if (row.talking) parts.push(`${row.talking} talking`);
  if (row.identified) parts.push(`${row.identified} named, not yet contacted`);
  const away = row.counts.declined + row.counts.inactive;
  if (away) parts.push(`${away} declined or inactive`);
  return parts.length ? parts.join(' · ') : 'Nobody named yet';
}
