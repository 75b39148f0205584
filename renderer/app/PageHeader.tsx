import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { BackLink } from '../components/BackLink';

/**
 * The top of every page: its title (the page's one h1), an optional line saying what the page is
 * for, and the page's main actions on the right. Feature pages use it so every area reads alike.
 * A record's own page names its way back to the list in `back` ("All policies").
 */
export function PageHeader({
  title,
  description,
  actions,
  back,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  back?: string;
}) {
  return (
    <>
      {back ? <BackLink>{back}</BackLink> : null}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb="lg">
        <Stack gap={4} maw={720}>
          <Title order={1}>{title}</Title>
          {description ? (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
    </>
  );
}
