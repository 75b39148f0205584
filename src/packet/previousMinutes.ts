import { earlierMeetingsOfBody, type Meeting } from '../meetings';

/**
 * The minutes the meeting is asked to approve: the last earlier meeting of the same body, when
 * its minutes are taken and not yet approved. Approved minutes are not in the packet (nothing
 * is asked of anyone), and minutes never taken cannot be.
 */
export function minutesForApproval(meetings: readonly Meeting[], meeting: Meeting): { previous: Meeting | null; draft: boolean } {
  const previous = earlierMeetingsOfBody(meetings, meeting)[0] ?? null;
  return { previous, draft: !!previous?.minutes && previous.minutes.status !== 'approved' };
}
