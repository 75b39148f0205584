import { Group, Progress, Stack, Text } from '@mantine/core';
import type { ProgramProgress } from '../../src/stages/progress';
import { DashboardCard } from './DashboardCard';
import { StepRing } from '../stages/StepRing';

export function StageCard({ progress }: { progress: ProgramProgress }) {
  const { currentStep, currentStage } = progress;
  return (
    <DashboardCard id="dashboard-stage" title="Where you are" link={{ label: 'Open the checklist', path: '/stages' }}>
      <Group gap="lg" wrap="nowrap" align="center">
        <StepRing step={currentStep} size={110} thickness={11} textSize="xl" />
        <Stack gap={4}>
          <Text size="sm" c="dimmed" data-testid="current-step">
            {currentStep.title}
          </Text>
          <Text fw={700} size="lg" data-testid="current-stage">
            {currentStage ? currentStage.title : 'Every stage is complete'}
          </Text>
          <Text size="sm">
            {currentStep.short}: {currentStep.done} of {currentStep.applicable} items done
          </Text>
        </Stack>
      </Group>
      <Stack gap={8}>
        {currentStep.stages.map((stage) => (
          <div key={stage.id}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={currentStage?.id === stage.id ? 700 : 400}>
                {stage.title}
              </Text>
              <Text size="xs" c="dimmed">
                {stage.done} of {stage.applicable}
              </Text>
            </Group>
            <Progress
              value={stage.percent}
              size="sm"
              color={stage.complete ? 'teal' : undefined}
              aria-label={`${stage.title}: ${stage.percent}% done`}
            />
          </div>
        ))}
      </Stack>
    </DashboardCard>
  );
}
