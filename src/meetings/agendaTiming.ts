import type { TZDate } from '@date-fns/tz';
import type { AgendaSection } from './model';
import { clock24, clockLabel, dayOfInstant, daysBetween, longDay, plusMinutes, startInstant } from '../model/wallClock';

/**
 * When each agenda item starts. Times are counted in real minutes from the meeting's start, then
 * shown on the coalition's wall clock: an agenda that runs across the night the clocks change
 * shows 1:30, 3:00 in spring and 1:30, 1:00 in autumn, which is what the clock on the wall says.
 */
export interface TimedItem {
  sectionId: string;
  itemId: string;
  /** 1-based number printed on the agenda, e.g. "3". */
  number: number;
  start: TZDate;
  /** "6:30 PM", with "(next day)" when the item starts after midnight. */
  label: string;
  minutes: number;
}

export interface AgendaTiming {
  start: TZDate;
  /** When the meeting is planned to end (start + its length). */
  end: TZDate;
  /** When the agenda ends if every item keeps to its time. */
  agendaEnd: TZDate;
  items: TimedItem[];
  totalMinutes: number;
  /** Minutes the agenda runs past the planned end; 0 when it fits. */
  overrunMinutes: number;
  /** Set when the start time does not exist that day (clocks jump forward) and was moved. */
  startMoved: string | null;
  /** A sentence for the builder when the agenda runs long; null when it fits. */
  warning: string | null;
}

export interface TimedMeeting {
  date: string;
  startTime: string;
  durationMinutes: number;
  agenda: AgendaSection[];
}

export function agendaTiming(meeting: TimedMeeting, timeZone: string): AgendaTiming {
  const start = startInstant(meeting.date, meeting.startTime, timeZone);
  const end = plusMinutes(start, meeting.durationMinutes);
  const items: TimedItem[] = [];
  let elapsed = 0;
  for (const section of meeting.agenda) {
    for (const item of section.items) {
      const itemStart = plusMinutes(start, elapsed);
      items.push({
        sectionId: section.id,
        itemId: item.id,
        number: items.length + 1,
        start: itemStart,
        label: labelFor(itemStart, meeting.date),
        minutes: item.timeboxMinutes,
      });
      elapsed += item.timeboxMinutes;
    }
  }
  const overrun = Math.max(0, elapsed - meeting.durationMinutes);
  const moved = clock24(start) !== meeting.startTime;
  return {
    start,
    end,
    agendaEnd: plusMinutes(start, elapsed),
    items,
    totalMinutes: elapsed,
    overrunMinutes: overrun,
    startMoved: moved
      ? `${meeting.startTime} does not exist on ${longDay(meeting.date)} because the clocks go forward; the meeting starts at ${clockLabel(start)}.`
      : null,
    warning:
      overrun > 0
        ? `The agenda runs ${formatMinutes(overrun)} past the planned end (${labelFor(end, meeting.date)}): ${formatMinutes(elapsed)} of items in a ${formatMinutes(meeting.durationMinutes)} meeting. Shorten or move an item.`
        : null,
  };
}

/** The clock label for an instant, noting the day when the agenda has run past midnight. */
export function labelFor(instant: TZDate, meetingDay: string): string {
  const offset = daysBetween(meetingDay, dayOfInstant(instant));
  const clock = clockLabel(instant);
  if (offset === 0) return clock;
  return offset === 1 ? `${clock} (next day)` : `${clock} (+${offset} days)`;
}

/** "1 hr 15 min", "45 min", "2 hr" */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} hr` : `${hours} hr ${minutes} min`;
}

/** The item timing by id, for screens and exports that walk the agenda themselves. */
export function timingById(timing: AgendaTiming): Map<string, TimedItem> {
  return new Map(timing.items.map((t) => [t.itemId, t]));
}
