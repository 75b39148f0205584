import { format } from 'date-fns';

/**
 * How a calendar day (YYYY-MM-DD) is written for people, on the screen and in every Word file:
 * in full in a sentence, short in a table, a list or a picker. Two styles and no more, so a
 * reader never wonders whether "2026-10-15" and "Thursday, October 15, 2026" are the same day.
 * Stored days and file names keep their machine form (YYYY-MM-DD); they are not written here.
 */

/** "Thursday, December 10, 2026": in sentences and headings. */
export function proseDay(day: string): string {
  return format(asLocalDate(day), 'EEEE, MMMM d, yyyy');
}

/** "4 Dec 2026": in tables, lists, badges and pickers (the date input shows days the same way). */
export function tableDay(day: string): string {
  return format(asLocalDate(day), 'd MMM yyyy');
}

/** The day at local midnight: a calendar day has no time zone, so none may shift it. */
function asLocalDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}
