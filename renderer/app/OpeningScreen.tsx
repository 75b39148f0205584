import { Center, Progress, Stack, Text } from '@mantine/core';
import type { Opening } from '../workspace/WorkspaceProvider';

/**
 * Shown while a coalition's records are read into the window: a second for most, a few for a
 * statewide program's ten years. The bar moves as the parts arrive.
 */
export function OpeningScreen({ opening }: { opening: Opening }) {
  const percent = Math.round(opening.progress * 100);
  return (
    <Center h="100vh" px="xl">
      <Stack gap="sm" w={360} maw="100%" role="status" aria-live="polite">
        <Text fw={600} ta="center" truncate>
          Opening “{opening.fileName}”
        </Text>
        <Progress value={percent} size="md" radius="xl" aria-label={`Opening: ${percent}% read`} animated={percent < 100} />
        <Text size="sm" c="dimmed" ta="center">
          {percent < 100 ? 'Reading the coalition’s records…' : 'Almost there…'}
        </Text>
      </Stack>
    </Center>
  );
}
