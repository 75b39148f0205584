import { Anchor } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'wouter';

/**
 * "← All policies": the way from one record's page back to its area's list. The list is the area's
 * own root ("/" inside the area's nested routes), so the link needs only its words.
 */
export function BackLink({ children }: { children: string }) {
  return (
    <Anchor component={Link} href="/" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={14} aria-hidden /> {children}
    </Anchor>
  );
}
