import { Center, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import type { Opening } from '../workspace/WorkspaceProvider';

/**
 * Shown while a coalition's records are read into the window: a moment for most, a few seconds
 * for a statewide program's ten years. The bar grows as the parts arrive (no endless stripes:
 * the growth is the news, and nothing on screen should move for its own sake).
 */
export function OpeningScreen({ opening }: { opening: Opening }) {
  const percent = Math.round(opening.progress * 100);
  return (
    <Center h="100vh" px="xl">
      <Stack gap="sm" w={360} maw="100%" align="stretch" role="status" aria-live="polite">
        <ThemeIcon size={44} radius="md" variant="light" aria-hidden style={{ alignSelf: 'center' }}>
          <IconHeartHandshake size={26} stroke={1.6} />
        </ThemeIcon>
        <Text fw={600} ta="center" truncate>
          Opening “{opening.fileName}”
        </Text>
        <Progress value={percent} size="md" radius="xl" aria-label={`Opening: ${percent}% read`} />
        <Text size="sm" c="dimmed" ta="center">
          {percent < 100 ? 'Reading the coalition’s records…' : 'Almost there…'}
        </Text>
      </Stack>
    </Center>
  );
}
