import type { Meeting, Minutes } from './model';
import { proseDay } from '../model/dateFormats';

/**
 * The line that says when minutes were approved: "Approved Friday, November 13, 2026, at the
 * meeting of Thursday, November 12, 2026". Minutes are usually approved at the next meeting, on
 * its day; then the day is said once rather than twice in a row.
 */
export function approvalWords(
  minutes: Pick<Minutes, 'approvedOn' | 'approvedAtMeetingId'>,
  meetings: ReadonlyArray<Pick<Meeting, 'id' | 'date'>>,
): string {
  const at = minutes.approvedAtMeetingId ? meetings.find((m) => m.id === minutes.approvedAtMeetingId) : undefined;
  if (at && (!minutes.approvedOn || minutes.approvedOn === at.date)) return `Approved at the meeting of ${proseDay(at.date)}`;
  if (!minutes.approvedOn) return 'Approved';
  return `Approved ${proseDay(minutes.approvedOn)}${at ? `, at the meeting of ${proseDay(at.date)}` : ''}`;
}
