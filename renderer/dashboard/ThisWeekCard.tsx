import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { byDay, weekDayLabel, type WeekItem } from '../../src/stages/week';
import { DashboardCard } from './DashboardCard';
import { MoreCount } from '../components/MoreCount';

const SHOWN = 8;

/** What falls due in the next seven days across the workspace, by day, each a link to where it is done. */
export function ThisWeekCard({ items, today }: { items: WeekItem[]; today: string }) {
  const shown = items.slice(0, SHOWN);
  return (
    <DashboardCard id="dashboard-this-week" title={`This week${items.length ? ` (${items.length})` : ''}`}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing falls due in the next seven days.
        </Text>
      ) : (
        <Stack gap="md">
          {byDay(shown).map((run) => (
            <Stack key={run.on ?? 'undated'} gap={6} component="section" aria-label={weekDayLabel(run.on, today)}>
              <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                {weekDayLabel(run.on, today)}
              </Text>
              <Stack gap={6} component="ul" p={0} m={0}>
                {run.items.map((item) => (
                  <Stack key={item.key} gap={0} component="li" style={{ listStyle: 'none' }}>
                    <Anchor component={Link} href={item.path} size="sm" fw={600} lineClamp={2}>
                      {item.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {item.detail}
                    </Text>
                  </Stack>
                ))}
              </Stack>
            </Stack>
          ))}
          <MoreCount total={items.length} shown={SHOWN} />
        </Stack>
      )}
    </DashboardCard>
  );
}
