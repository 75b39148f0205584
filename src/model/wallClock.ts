import { TZDate } from '@date-fns/tz';
import { addMinutes, differenceInCalendarDays, format } from 'date-fns';
import { proseDay, tableDay } from './dateFormats';

/**
 * Times are written as a day and a wall-clock time in the coalition's time zone. These
 * helpers turn them into real instants (so durations count real minutes across a daylight-saving
 * change) and back into the words printed on an agenda.
 */

/** The instant a meeting starts. A time that does not exist (clocks jump forward) moves later, as a clock would. */
export function startInstant(day: string, time: string, timeZone: string): TZDate {
  const [y, m, d] = day.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, h ?? 0, min ?? 0, timeZone);
}

export function plusMinutes(instant: TZDate, minutes: number): TZDate {
  return addMinutes(instant, minutes);
}

/** "6:30 PM" */
export function clockLabel(instant: TZDate): string {
  return format(instant, 'h:mm a');
}

/** "18:30", for the stored form and calendar files. */
export function clock24(instant: TZDate): string {
  return format(instant, 'HH:mm');
}

/** "Tuesday, March 10, 2026": the prose style (src/model/dateFormats.ts). */
export function longDay(day: string): string {
  return proseDay(day);
}

/** "10 Mar 2026": the table style (src/model/dateFormats.ts). */
export function shortDay(day: string): string {
  return tableDay(day);
}

export function dayOfInstant(instant: TZDate): string {
  return format(instant, 'yyyy-MM-dd');
}

/** Whole calendar days from one YYYY-MM-DD day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(dayAsDate(to), dayAsDate(from));
}

/** A day as a local-midnight Date, for calendar arithmetic only (never for instants). */
export function dayAsDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function dateAsDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** The short name of the zone at that instant, e.g. "CST" or "CDT" ("GMT-6" where there is none). */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** Minutes from the start of a day to a HH:MM time. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The wall-clock time a meeting ends, "HH:MM", for forms that show a start and an end. */
export function endClock(day: string, start: string, durationMinutes: number, timeZone: string): string {
  return clock24(plusMinutes(startInstant(day, start, timeZone), durationMinutes));
}
