import { z } from 'zod';

/** An instant, as an ISO 8601 string with a time zone offset (e.g. when something was saved). */
export const Timestamp = z.iso.datetime({ offset: true, error: 'That is not a valid date and time.' });
export type Timestamp = z.infer<typeof Timestamp>;

/** A calendar day with no time, YYYY-MM-DD (a due date, the day of a conversation). */
export const DayString = z.iso.date({ error: 'Dates are written as YYYY-MM-DD.' });
export type DayString = z.infer<typeof DayString>;

/** A wall-clock time, HH:MM in 24 hours. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Times are written as HH:MM.' });
export type TimeOfDay = z.infer<typeof TimeOfDay>;

/** An IANA time zone name such as America/Chicago, checked against what the runtime knows. */
export const TimeZone = z.string().refine(isKnownTimeZone, { error: 'That time zone is not recognised.' });

export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
