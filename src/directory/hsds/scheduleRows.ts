import { minutesOfDay } from '../../model/wallClock';
import { Weekday, type HoursRow } from '../model';

const DAYS = Weekday.options;

/** Opening rows in week order, then by opening time: the one order the file keeps them in. */
export function sortedHours(rows: readonly HoursRow[]): HoursRow[] {
  return [...rows].sort(
    (a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || minutesOfDay(a.opens) - minutesOfDay(b.opens),
  );
}

/** Days with the same opening and closing times, as one HSDS schedule row lists them in byday. */
export function hoursByTimes(rows: readonly HoursRow[]): { opens: string; closes: string; days: Weekday[] }[] {
  const groups = new Map<string, { opens: string; closes: string; days: Weekday[] }>();
  for (const row of sortedHours(rows)) {
    const key = `${row.opens}-${row.closes}`;
    const group = groups.get(key) ?? { opens: row.opens, closes: row.closes, days: [] };
    if (!group.days.includes(row.day)) group.days.push(row.day);
    groups.set(key, group);
  }
  return [...groups.values()];
}
