import { Group, Stack, Text } from '@mantine/core';
import { relativeDue } from '../../src/actions/due';
import type { ActionItem } from '../../src/actions/model';
import { useDoc } from '../workspace/WorkspaceProvider';
import tone from '../stages/tone.module.css';
import { DashboardCard } from './DashboardCard';
import { MoreCount } from '../components/MoreCount';

const SHOWN = 5;

export function OverdueCard({ items, today }: { items: ActionItem[]; today: string }) {
  const doc = useDoc();
  const owner = (item: ActionItem) =>
    doc.stakeholders.find((s) => s.id === item.ownerId)?.name ?? (item.ownerName || 'No owner');
  return (
    <DashboardCard
      id="dashboard-overdue"
      title={`Overdue action items${items.length ? ` (${items.length})` : ''}`}
      link={{ label: 'Action items', path: '/actions' }}
    >
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing is overdue.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0}>
          {items.slice(0, SHOWN).map((item) => (
            <Stack key={item.id} gap={0} component="li" style={{ listStyle: 'none' }}>
              <Text size="sm" fw={600} lineClamp={2}>
                {item.title}
              </Text>
              <Group gap="xs">
                <Text size="xs" className={tone.warning} fw={600}>
                  {relativeDue(item.dueDate!, today)}
                </Text>
                <Text size="xs" c="dimmed">
                  {owner(item)}
                </Text>
              </Group>
            </Stack>
          ))}
          <MoreCount total={items.length} shown={SHOWN} />
        </Stack>
      )}
    </DashboardCard>
  );
}
