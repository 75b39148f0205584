import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * The calendar day it is now in the coalition's time zone. A stage change logged at 11 p.m. in
 * Denver must not be dated tomorrow because the computer's clock runs on UTC.
 */
export function dayInZone(now: Date, timeZone: string): string {
  return format(now, 'yyyy-MM-dd', { in: tz(timeZone) });
}
