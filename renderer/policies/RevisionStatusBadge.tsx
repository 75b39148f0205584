import { Badge } from '@mantine/core';
import { RevisionStatus } from '../../src/policies/model';

const COLORS: Record<RevisionStatus, string> = {
  draft: 'gray',
  'in-review': 'yellow',
  approved: 'blue',
  adopted: 'teal',
  superseded: 'gray',
};

/**
 * A revision's status as a small label. The colour only repeats what the words say, so it sits in
 * a dot beside text of full contrast (a tinted label's small text fails contrast in light mode).
 */
export function RevisionStatusBadge({ status }: { status: RevisionStatus }) {
  return (
    <Badge color={COLORS[status]} variant="dot" radius="sm" tt="none" fw={600}>
      {RevisionStatus.labelOf(status)}
    </Badge>
  );
}
