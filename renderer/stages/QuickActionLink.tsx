import { Button } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { QuickAction } from '../../src/stages/actions';

/**
 * A link into the area where the work is done. "~" makes the route absolute, so it works from
 * inside a nested area (the stages page lives under #/stages).
 */
export function QuickActionLink({ action, size = 'xs' }: { action: QuickAction; size?: 'xs' | 'sm' }) {
  return (
    <Button component={Link} href={`~${action.path}`} variant="light" size={size} rightSection={<IconArrowRight size={14} />}>
      {action.label}
    </Button>
  );
}
