import { addDaysTo } from '../../actions';
import { tableDay } from '../../model/dateFormats';

/** The heading of one day of the week's list: "Today", "Tomorrow", then the day as tables write it. */
export function weekDayLabel(day: string | null, today: string): string {
  if (day === null) return 'Waiting on no day';
  if (day === today) return 'Today';
  if (day === addDaysTo(today, 1)) return 'Tomorrow';
  return tableDay(day);
}

/** The week's items in runs of the same day, in the order given (thisWeek sorts them by day). */
export function byDay<T extends { on: string | null }>(items: readonly T[]): { on: string | null; items: T[] }[] {
  const runs: { on: string | null; items: T[] }[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && last.on === item.on) last.items.push(item);
    else runs.push({ on: item.on, items: [item] });
  }
  return runs;
}
