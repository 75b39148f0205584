import { Group, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A section's heading with what can be done there on the right (a New button, a search box).
 * The id is what the section names itself by (`aria-labelledby`).
 */
export function SectionHeading({
  id,
  title,
  size = 'h3',
  mb = 'sm',
  children,
}: {
  id: string;
  title: ReactNode;
  size?: 'h3' | 'h4';
  mb?: MantineSpacing;
  children?: ReactNode;
}) {
  return (
    <Group justify="space-between" mb={mb} wrap="wrap">
      <Title order={2} size={size} id={id}>
        {title}
      </Title>
      {children}
    </Group>
  );
}
