import { Badge, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { NextStep } from '../../src/stages/nextSteps';
import { QuickActionLink } from '../stages/QuickActionLink';
import { DashboardCard } from './DashboardCard';

export function NextStepsCard({ steps }: { steps: NextStep[] }) {
  return (
    <DashboardCard id="dashboard-next" title="Next steps" link={{ label: 'All stages', path: '/stages' }}>
      {steps.length === 0 ? (
        <Text c="dimmed">Nothing is left on the checklist. Well done.</Text>
      ) : (
        <Stack gap="md" component="ol" p={0} m={0}>
          {steps.map((step, index) => (
            <Group key={step.itemId} component="li" align="flex-start" wrap="nowrap" gap="sm" style={{ listStyle: 'none' }} data-next-step={step.itemId}>
              <ThemeIcon radius="xl" size={26} variant={step.blocking ? 'filled' : 'light'} color={step.blocking ? 'red' : undefined} aria-hidden>
                <Text size="xs" fw={700}>
                  {index + 1}
                </Text>
              </ThemeIcon>
              <Stack gap={4} style={{ flex: 1 }}>
                <Group gap="xs">
                  <Text fw={600}>{step.title}</Text>
                  {step.blocking ? (
                    <Badge color="red" variant="dot" size="sm">
                      Blocking
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm" c="dimmed">
                  {step.why}
                </Text>
                {step.action ? (
                  <div>
                    <QuickActionLink action={step.action} />
                  </div>
                ) : null}
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </DashboardCard>
  );
}
