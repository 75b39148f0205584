import { addDaysTo } from '../../../src/actions/due';
import { dayInZone } from '../../../src/model/calendarDay';

/**
 * A calendar day counted from the coalition's today, in its time zone, as the screens count it.
 * The computer's own date is not the coalition's: on a machine that runs on UTC, Chicago is still
 * on yesterday until 6 AM, so a test that counted from the computer's date would expect "due in 3
 * days" where the screen rightly says "due in 4 days" for a quarter of every day.
 */
export function coalitionDay(timeZone: string, offset = 0, now = new Date()): string {
  return addDaysTo(dayInZone(now, timeZone), offset);
}
