import type { z } from 'zod';
import type { ItemOutcome, Meeting } from './model';
import { plusMinutes, startInstant } from '../model/wallClock';

/**
 * The outcome a minutes item starts with. Minutes begun before the meeting has ended (to have
 * them ready, or typed while it runs) have discussed nothing yet, so calling every item
 * "Finished" would be false until the chair corrected each one. Minutes written up afterwards
 * start as finished, the usual case, and the chair marks only what was left over.
 */
export function startingOutcome(
  meeting: Pick<Meeting, 'date' | 'startTime' | 'durationMinutes'>,
  timeZone: string,
  now: Date,
): z.infer<typeof ItemOutcome> {
  const end = plusMinutes(startInstant(meeting.date, meeting.startTime, timeZone), meeting.durationMinutes);
  return now.getTime() < end.getTime() ? 'pending' : 'done';
}
