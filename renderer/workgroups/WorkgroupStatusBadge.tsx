import { Badge } from '@mantine/core';
import { WorkgroupStatus } from '../../src/workgroups/model';
import type { Workgroup } from '../../src/workgroups/model';

const COLORS: Record<Workgroup['status'], string> = { active: 'teal', paused: 'yellow', completed: 'gray' };

/** The status in words, with a coloured dot (full-contrast text, as for revision statuses). */
export function WorkgroupStatusBadge({ status, inline = false }: { status: Workgroup['status']; inline?: boolean }) {
  return (
    // Inline (a span) where it sits inside a line of text, such as the page's description.
    <Badge component={inline ? 'span' : 'div'} color={COLORS[status]} variant="dot" radius="sm" tt="none" fw={600}>
      {WorkgroupStatus.labelOf(status)}
    </Badge>
  );
}
