import { Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { ItemProgress, StageProgress } from '../../src/stages/progress';
import { ItemRow } from './ItemRow';

/** A stage: its purpose, its progress, and its items. */
export function StageSection({
  stage,
  current,
  onMark,
  onClear,
}: {
  stage: StageProgress;
  current: boolean;
  onMark(item: ItemProgress): void;
  onClear(item: ItemProgress): void;
}) {
  const headingId = `stage-${stage.id}`;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby={headingId} data-stage-id={stage.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2} style={{ flex: 1 }}>
            <Group gap="sm">
              <Title order={3} id={headingId}>
                {stage.title}
              </Title>
              {current ? <Badge variant="filled">Current stage</Badge> : null}
              {stage.complete ? (
                <Badge color="teal" variant="light">
                  Complete
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              {stage.summary}
            </Text>
          </Stack>
          <Text size="sm" fw={600} data-testid="stage-count">
            {stage.done} of {stage.applicable} done
          </Text>
        </Group>
        <Progress value={stage.percent} color={stage.complete ? 'teal' : undefined} aria-label={`${stage.title}: ${stage.percent}% done`} />
        <Stack gap="sm" component="ul" p={0} m={0} mt="xs">
          {stage.items.map((item) => (
            <ItemRow key={item.id} item={item} onMark={onMark} onClear={onClear} />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
