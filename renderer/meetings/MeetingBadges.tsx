import { Badge } from '@mantine/core';
import { MeetingStatus, type Meeting } from '../../src/meetings/model';

const STATUS_COLOR: Record<Meeting['status'], string> = { planned: 'blue', held: 'harbor', cancelled: 'gray' };

export function MeetingStatusBadge({ status }: { status: Meeting['status'] }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {MeetingStatus.labelOf(status)}
    </Badge>
  );
}

export function MinutesBadge({ meeting }: { meeting: Meeting }) {
  if (!meeting.minutes) return null;
  return meeting.minutes.status === 'approved' ? (
    <Badge variant="outline">Minutes approved</Badge>
  ) : (
    <Badge variant="outline" style={DRAFT_STYLE}>
      Draft minutes
    </Badge>
  );
}

/** A deep red in light mode and a pale one in dark, so "draft" reads at AA contrast in both. */
export const DRAFT_STYLE = { color: 'light-dark(#a61e1e, #ffa8a8)', borderColor: 'currentColor' } as const;
