import { proseDay } from '../model/dateFormats';
import { clock } from './runOfShow';

/** "Friday, November 14, 2025": how the date is written on the program and certificates. */
export function longDate(day: string): string {
  return proseDay(day);
}

/** The same prose style: one way of writing a day in sentences (src/model/dateFormats.ts). */
export function plainDate(day: string): string {
  return proseDay(day);
}

/** "6:30 PM", or '' when no start time is set. */
export function startClock(startTime: string | null): string {
  if (!startTime) return '';
  const [h, m] = startTime.split(':').map(Number);
  return clock((h ?? 0) * 60 + (m ?? 0));
}
