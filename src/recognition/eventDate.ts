import { format, parseISO } from 'date-fns';
import { clock } from './runOfShow';

/** "Friday, November 14, 2025": how the date is written on the program and certificates. */
export function longDate(day: string): string {
  return format(parseISO(day), 'EEEE, MMMM d, yyyy');
}

/** "November 14, 2025". */
export function plainDate(day: string): string {
  return format(parseISO(day), 'MMMM d, yyyy');
}

/** "6:30 PM", or '' when no start time is set. */
export function startClock(startTime: string | null): string {
  if (!startTime) return '';
  const [h, m] = startTime.split(':').map(Number);
  return clock((h ?? 0) * 60 + (m ?? 0));
}
