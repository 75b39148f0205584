import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ComponentType, ReactNode } from 'react';
import { PageHeader } from './PageHeader';

/**
 * An area with nothing in it yet: the page title and a plain sentence about what will appear
 * here. Used for areas a later version fills in, and by feature pages for their own empty lists
 * (with an action button as children, and the dialog that button opens as `dialog`, which
 * must stay mounted beside the page).
 */
export function EmptyArea({
  title,
  text,
  icon: Icon,
  children,
  dialog,
}: {
  title: string;
  text: string;
  icon?: ComponentType<{ size?: number; stroke?: number }>;
  children?: ReactNode;
  dialog?: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} />
      <Paper withBorder radius="lg" p="xl" maw={720} data-testid="empty-area">
        <Stack align="center" gap="sm" py="lg">
          {Icon ? (
            <ThemeIcon size={52} radius="xl" variant="light" aria-hidden>
              <Icon size={28} stroke={1.6} />
            </ThemeIcon>
          ) : null}
          <Text ta="center" maw={480}>
            {text}
          </Text>
          {children}
        </Stack>
      </Paper>
      {dialog}
    </>
  );
}
