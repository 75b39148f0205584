import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import type { ActionItem } from './model';
import { tableDay } from '../model/dateFormats';
import { dateAsDay, dayAsDate, daysBetween } from '../model/wallClock';

/**
 * When action items are due, in words a chair reads at a glance. "Today" is the coalition's
 * today, in its time zone: at 8 PM in Chicago it is still Tuesday there, whatever UTC says.
 * Due dates are calendar days, so the arithmetic is in whole days and no clock change can
 * make an item a day early or late.
 */
export type DueState = 'closed' | 'no-date' | 'overdue' | 'due-today' | 'due-this-week' | 'later';

/** The coalition's date today, YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

export function addDaysTo(day: string, days: number): string {
  return dateAsDay(addDays(dayAsDate(day), days));
}

export function isClosed(item: Pick<ActionItem, 'status'>): boolean {
  return item.status === 'done' || item.status === 'dropped';
}

/** "Due this week" means today and the six days after it, so Friday's view still shows next Monday. */
export function dueState(item: Pick<ActionItem, 'status' | 'dueDate'>, today: string): DueState {
  if (isClosed(item)) return 'closed';
  if (!item.dueDate) return 'no-date';
  const days = daysBetween(today, item.dueDate);
  if (days < 0) return 'overdue';
  if (days === 0) return 'due-today';
  return days <= 6 ? 'due-this-week' : 'later';
}

/** "due today", "due tomorrow", "due in 3 days", "due in 2 weeks", "1 day overdue", "2 weeks overdue". */
export function relativeDue(dueDate: string, today: string): string {
  const days = daysBetween(today, dueDate);
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days === -1) return '1 day overdue';
  const span = spanInWords(Math.abs(days));
  return days > 0 ? `due in ${span}` : `${span} overdue`;
}

/** A whole number of days in the coarsest unit that stays honest: days under two weeks, then weeks, then months. */
export function spanInWords(days: number): string {
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.floor(days / 7), 'week');
  if (days < 730) return plural(Math.floor(days / 30), 'month');
  return plural(Math.floor(days / 365), 'year');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** What the chair's screen shows for an item's timing: the relative words, or why there are none. */
export function dueWords(item: Pick<ActionItem, 'status' | 'dueDate' | 'completedOn'>, today: string): string {
  if (item.status === 'done') return item.completedOn ? `done ${tableDay(item.completedOn)}` : 'done';
  if (item.status === 'dropped') return 'dropped';
  if (!item.dueDate) return 'no due date';
  return relativeDue(item.dueDate, today);
}

export interface ActionGroups<T> {
  overdue: T[];
  dueThisWeek: T[];
  later: T[];
  noDate: T[];
  closed: T[];
}

/** Sorts items into the chair's buckets; each bucket oldest due date first. */
export function groupByDue<T extends Pick<ActionItem, 'status' | 'dueDate'>>(
  items: readonly T[],
  today: string,
): ActionGroups<T> {
  const groups: ActionGroups<T> = { overdue: [], dueThisWeek: [], later: [], noDate: [], closed: [] };
  for (const item of items) {
    const state = dueState(item, today);
    if (state === 'overdue') groups.overdue.push(item);
    else if (state === 'due-today' || state === 'due-this-week') groups.dueThisWeek.push(item);
    else if (state === 'later') groups.later.push(item);
    else if (state === 'no-date') groups.noDate.push(item);
    else groups.closed.push(item);
  }
  const byDue = (a: T, b: T) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
  for (const list of Object.values(groups) as T[][]) list.sort(byDue);
  return groups;
}

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

/**
 * Groups items by a key (owner, workgroup), labelled; groups in label order with the
 * "no one" group last, items by due date.
 */
export function groupBy<T extends Pick<ActionItem, 'dueDate'>>(
  items: readonly T[],
  keyOf: (item: T) => string | null,
  labelOf: (key: string) => string,
  noneLabel: string,
): Group<T>[] {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item) ?? '';
    map.set(key, [...(map.get(key) ?? []), item]);
  }
  const groups = [...map.entries()].map(([key, list]) => ({
    key,
    label: key ? labelOf(key) : noneLabel,
    items: list.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
  }));
  return groups.sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || a.label.localeCompare(b.label));
}

/** The owner's key for grouping: a stakeholder id, or the typed name of someone outside the workspace. */
export function ownerKey(item: Pick<ActionItem, 'ownerId' | 'ownerName'>): string | null {
  if (item.ownerId) return item.ownerId;
  return item.ownerName ? `name:${item.ownerName}` : null;
}
