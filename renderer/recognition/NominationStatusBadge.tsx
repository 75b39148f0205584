import { Badge } from '@mantine/core';
import { NominationStatus } from '../../src/recognition/model';

const COLOR: Record<NominationStatus, string> = {
  received: 'gray',
  'under-review': 'blue',
  // The darkest teal: white text on it keeps WCAG AA contrast.
  selected: 'teal.9',
  'not-selected': 'dark',
  withdrawn: 'red',
};

export function NominationStatusBadge({ status }: { status: NominationStatus }) {
  return (
    <Badge color={COLOR[status]} variant={status === 'selected' ? 'filled' : 'light'} tt="none">
      {NominationStatus.labelOf(status)}
    </Badge>
  );
}
