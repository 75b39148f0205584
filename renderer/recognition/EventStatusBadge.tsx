import { Badge } from '@mantine/core';
import { RecognitionStatus } from '../../src/recognition/model';

const COLOR: Record<RecognitionStatus, string> = {
  planning: 'gray',
  'nominations-open': 'blue',
  selection: 'grape',
  'invitations-sent': 'indigo',
  held: 'dark',
};

export function EventStatusBadge({ status }: { status: RecognitionStatus }) {
  return (
    <Badge color={COLOR[status]} variant="light" tt="none">
      {RecognitionStatus.labelOf(status)}
    </Badge>
  );
}
