import { addDays, addMonths, getDay, lastDayOfMonth, startOfMonth } from 'date-fns';
import { Weekday, type RecurrenceRule } from './model';
import { dateAsDay, dayAsDate } from '../model/wallClock';

/**
 * Recurring meetings: "second Tuesday of every month", "every other Wednesday". The rule is the
 * same one the calendar file carries (RRULE), so the app and the person's calendar agree on every
 * date, including the months that have no fifth Thursday: both skip them.
 */

const WEEKDAY_INDEX: Record<Weekday, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const ORDINAL: Record<string, string> = {
  '1': 'First',
  '2': 'Second',
  '3': 'Third',
  '4': 'Fourth',
  '5': 'Fifth',
  '-1': 'Last',
};

/** The day the rule gives in one month, or null when that month has no such day (a fifth Thursday). */
export function dayInMonth(rule: Extract<RecurrenceRule, { kind: 'monthly-weekday' }>, monthStart: Date): Date | null {
  const target = WEEKDAY_INDEX[rule.weekday];
  if (rule.week === -1) {
    const last = lastDayOfMonth(monthStart);
    return addDays(last, -((getDay(last) - target + 7) % 7));
  }
  const first = addDays(monthStart, (target - getDay(monthStart) + 7) % 7);
  const day = addDays(first, 7 * (rule.week - 1));
  return day.getMonth() === monthStart.getMonth() ? day : null;
}

/**
 * The first date after `afterDay` on which the series meets. A weekly series counts its weeks
 * from `afterDay` (the last meeting); a monthly one looks in the following months at its interval.
 */
export function nextOccurrence(rule: RecurrenceRule, afterDay: string): string {
  const after = dayAsDate(afterDay);
  if (rule.kind === 'weekly') {
    const target = WEEKDAY_INDEX[rule.weekday];
    // If the last meeting was on the series' weekday, step a whole interval; otherwise go to the next such weekday.
    const sameWeekday = getDay(after) === target;
    const step = sameWeekday ? 7 * rule.intervalWeeks : (target - getDay(after) + 7) % 7 || 7;
    return dateAsDay(addDays(after, step));
  }
  const base = startOfMonth(after);
  // The month of the last meeting first (in case it was held off-rule, earlier in the month), then
  // every interval after it. 60 intervals is five years of monthly meetings: far more than any gap.
  for (let k = 0; k <= 60; k += 1) {
    const month = addMonths(base, k * rule.intervalMonths);
    const day = dayInMonth(rule, month);
    if (day && day > after) return dateAsDay(day);
  }
  throw new Error('No date in the next five years matches this rule.');
}

/** The next `count` dates after `afterDay`, for a preview of the series. */
export function upcomingOccurrences(rule: RecurrenceRule, afterDay: string, count: number): string[] {
  const dates: string[] = [];
  let current = afterDay;
  for (let i = 0; i < count; i += 1) {
    current = nextOccurrence(rule, current);
    dates.push(current);
  }
  return dates;
}

/** Whether a day is one the rule would give (so a series' first meeting can be checked). */
export function matchesRule(rule: RecurrenceRule, day: string): boolean {
  const date = dayAsDate(day);
  if (rule.kind === 'weekly') return getDay(date) === WEEKDAY_INDEX[rule.weekday];
  const inMonth = dayInMonth(rule, startOfMonth(date));
  return inMonth !== null && dateAsDay(inMonth) === day;
}

/** The rule in the iCalendar form calendar programs read (RFC 5545 RRULE, without the prefix). */
export function toRRule(rule: RecurrenceRule): string {
  if (rule.kind === 'weekly') return `FREQ=WEEKLY;INTERVAL=${rule.intervalWeeks};BYDAY=${rule.weekday}`;
  return `FREQ=MONTHLY;INTERVAL=${rule.intervalMonths};BYDAY=${rule.week}${rule.weekday}`;
}

/** The rule in words: "Second Tuesday of every month", "Every 2 weeks on Monday". */
export function describeRule(rule: RecurrenceRule): string {
  const weekday = Weekday.labelOf(rule.weekday);
  if (rule.kind === 'weekly')
    return rule.intervalWeeks === 1 ? `Every ${weekday}` : `Every ${rule.intervalWeeks} weeks on ${weekday}`;
  const every = rule.intervalMonths === 1 ? 'every month' : `every ${rule.intervalMonths} months`;
  return `${ORDINAL[String(rule.week)]} ${weekday} of ${every}`;
}

/** A rule that gives the same kind of day as an example date: the day's weekday and its week of the month. */
export function ruleLike(day: string): RecurrenceRule {
  const date = dayAsDate(day);
  const weekday = (Object.keys(WEEKDAY_INDEX) as Weekday[]).find((w) => WEEKDAY_INDEX[w] === getDay(date)) ?? 'MO';
  const week = Math.ceil(date.getDate() / 7) as 1 | 2 | 3 | 4 | 5;
  return { kind: 'monthly-weekday', weekday, week: week === 5 ? -1 : week, intervalMonths: 1 };
}
