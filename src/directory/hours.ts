import { TZDate } from '@date-fns/tz';
import { minutesOfDay } from '../model/wallClock';
import { Weekday, type HoursRow } from './model';

/**
 * When a service is open. The question an officer asks is "can I reach them now, at 2 a.m. on a
 * Sunday?", so every rule here answers it for one day of the week and one minute of that day.
 */

type Opening = { openAllDay: boolean; hours: readonly HoursRow[] };

const DAYS = Weekday.options;
const MINUTES_PER_DAY = 24 * 60;

function previousDay(day: Weekday): Weekday {
  return DAYS[(DAYS.indexOf(day) + DAYS.length - 1) % DAYS.length]!;
}

/** A row whose closing time is not after its opening time runs past midnight. */
export function runsPastMidnight(row: HoursRow): boolean {
  return minutesOfDay(row.closes) <= minutesOfDay(row.opens);
}

/** Open at this minute (0–1439) of this day, counting last night's hours that run past midnight. */
export function isOpenAt(service: Opening, day: Weekday, minute: number): boolean {
  if (service.openAllDay) return true;
  const yesterday = previousDay(day);
  return service.hours.some((row) => {
    const opens = minutesOfDay(row.opens);
    const closes = minutesOfDay(row.closes);
    if (row.day === day) return minute >= opens && (runsPastMidnight(row) ? true : minute < closes);
    return row.day === yesterday && runsPastMidnight(row) && minute < closes;
  });
}

/** The weekday and minute of an instant on the coalition's clock. */
export function weekMinuteOf(now: Date, timeZone: string): { day: Weekday; minute: number } {
  const local = new TZDate(now, timeZone);
  // getDay(): 0 is Sunday; the directory's week starts on Monday.
  const day = DAYS[(local.getDay() + 6) % 7]!;
  return { day, minute: local.getHours() * 60 + local.getMinutes() };
}

export function isOpenNow(service: Opening, now: Date, timeZone: string): boolean {
  const { day, minute } = weekMinuteOf(now, timeZone);
  return isOpenAt(service, day, minute);
}

/** The hour the pocket card is for: 2 a.m. */
export const NIGHT_MINUTE = 2 * 60;

/** Open at 2 a.m. every night of the week: the service a call in the night can count on. */
export function openEveryNight(service: Opening): boolean {
  return DAYS.every((day) => isOpenAt(service, day, NIGHT_MINUTE));
}

/** Open round the clock: all day and night, or schedule rows that leave no minute of the week uncovered. */
export function openAroundTheClock(service: Opening): boolean {
  if (service.openAllDay) return true;
  if (!service.hours.length) return false;
  // Opening changes only at the rows' own times, so checking those minutes and the ones just before them is enough.
  const edges = new Set<number>([0]);
  for (const row of service.hours) {
    for (const t of [minutesOfDay(row.opens), minutesOfDay(row.closes)]) {
      edges.add(t);
      edges.add((t + MINUTES_PER_DAY - 1) % MINUTES_PER_DAY);
    }
  }
  return DAYS.every((day) => [...edges].every((minute) => isOpenAt(service, day, minute)));
}

function clock12(time: string): string {
  const minutes = minutesOfDay(time);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const suffix = h < 12 ? 'a.m.' : 'p.m.';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour} ${suffix}` : `${hour}:${String(m).padStart(2, '0')} ${suffix}`;
}

const SHORT: Record<Weekday, string> = { mo: 'Mon', tu: 'Tue', we: 'Wed', th: 'Thu', fr: 'Fri', sa: 'Sat', su: 'Sun' };

/**
 * The hours in words, days with the same times joined: "Mon–Fri 8 a.m.–5 p.m.; Sat 9 a.m.–1 p.m.".
 * "Open 24 hours, every day" for a service that never closes; "Hours not given" for none.
 */
export function hoursInWords(service: Opening): string {
  if (openAroundTheClock(service)) return 'Open 24 hours, every day';
  if (!service.hours.length) return 'Hours not given';
  const byTimes = new Map<string, Weekday[]>();
  const sorted = [...service.hours].sort(
    (a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || minutesOfDay(a.opens) - minutesOfDay(b.opens),
  );
  for (const row of sorted) {
    const key = `${clock12(row.opens)}–${clock12(row.closes)}`;
    byTimes.set(key, [...(byTimes.get(key) ?? []), row.day]);
  }
  return [...byTimes.entries()].map(([times, days]) => `${dayRanges(days)} ${times}`).join('; ');
}

/** Mon, Tue, Wed, Fri → "Mon–Wed, Fri". */
function dayRanges(days: readonly Weekday[]): string {
  const indexes = [...new Set(days.map((d) => DAYS.indexOf(d)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = indexes[0]!;
  let end = start;
  for (const i of [...indexes.slice(1), Number.NaN]) {
    if (i === end + 1) {
      end = i;
      continue;
    }
    parts.push(
      start === end
        ? SHORT[DAYS[start]!]
        : `${SHORT[DAYS[start]!]}${end === start + 1 ? ', ' : '–'}${SHORT[DAYS[end]!]}`,
    );
    start = end = i;
  }
  return parts.join(', ');
}
