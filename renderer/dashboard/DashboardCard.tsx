import { Anchor, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** A dashboard panel: a titled section with a link to the area where its details live. */
export function DashboardCard({ id, title, link, children }: { id: string; title: string; link?: { label: string; path: string }; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby={id} data-card={id}>
      <Stack gap="md" h="100%">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          {link ? (
            <Anchor component={Link} href={link.path} size="sm">
              {link.label}
            </Anchor>
          ) : null}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
