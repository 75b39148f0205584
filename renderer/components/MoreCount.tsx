import { Text } from '@mantine/core';

/** "and 4 more" under a list cut to its first `shown` entries; nothing when all are shown. */
export function MoreCount({ total, shown }: { total: number; shown: number }) {
  if (total <= shown) return null;
  return (
    <Text size="xs" c="dimmed">
      and {total - shown} more
    </Text>
  );
}
