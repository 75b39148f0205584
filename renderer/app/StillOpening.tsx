import { Center, Loader, Stack, Text } from '@mantine/core';

/** Shown in place of a page while the rest of a large workspace is still being read. */
export function StillOpening() {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="sm">
        <Loader size="md" aria-hidden />
        <Text c="dimmed">Opening the rest of the coalition…</Text>
      </Stack>
    </Center>
  );
}
