import { Badge, Group, Stack, Text } from '@mantine/core';
import { COVERAGE_STATUS_LABELS, type CoverageRow, type CoverageStatus } from '../../src/stakeholders/coverage';
import { DashboardCard } from './DashboardCard';

const COLOR: Record<CoverageStatus, string> = { 'at-the-table': 'teal', talking: 'yellow', none: 'red' };

/** The core partners, and who is still missing; the full table is on the stakeholders screen. */
export function CoverageCard({ rows, summary }: { rows: CoverageRow[]; summary: string }) {
  const core = rows.filter((r) => r.core);
  return (
    <DashboardCard id="dashboard-coverage" title="Who is at the table" link={{ label: 'Stakeholders', path: '/stakeholders' }}>
      <Text size="sm">{summary}</Text>
      <Stack gap={6} component="ul" p={0} m={0}>
        {core.map((row) => (
          <Group key={row.key} component="li" justify="space-between" gap="xs" wrap="nowrap" style={{ listStyle: 'none' }}>
            <Text size="sm">{row.label}</Text>
            <Badge color={COLOR[row.status]} variant="dot" size="sm" style={{ flexShrink: 0 }}>
              {COVERAGE_STATUS_LABELS[row.status]}
            </Badge>
          </Group>
        ))}
      </Stack>
    </DashboardCard>
  );
}
