import { format } from 'date-fns';
import { SegmentKind, type AwardCategory, type RecognitionEvent, type Segment } from './model';

export interface TimedSegment {
  segment: Segment;
  /** What the segment is called: its own title, else the award's name or the kind. */
  title: string;
  /** Minutes from the start of the event. */
  offsetMinutes: number;
  /** Clock time it begins ("6:40 PM"), or null when the event has no start time yet. */
  startsAt: string | null;
  endsAt: string | null;
  /** HH:MM in 24 hours, for sorting and tests. */
  start24: string | null;
}

export interface RunOfShowTiming {
  segments: TimedSegment[];
  totalMinutes: number;
  endsAt: string | null;
  /** True when the programme runs past midnight, which is almost always a typing mistake. */
  passesMidnight: boolean;
}

const MINUTES_PER_DAY = 24 * 60;

/**
 * The clock time of each segment, counted from the event's start. Times are wall-clock times on
 * the event's own day, so the arithmetic is done in minutes of the day: a ceremony printed as
 * starting at 6:30 PM starts at 6:30 PM wherever the laptop's clock is set.
 */
export function timeRunOfShow(
  event: Pick<RecognitionEvent, 'startTime' | 'runOfShow'> & { categories: Pick<AwardCategory, 'id' | 'name'>[] },
): RunOfShowTiming {
  const start = event.startTime ? minutesOfDay(event.startTime) : null;
  let offset = 0;
  const segments = event.runOfShow.map((segment): TimedSegment => {
    const timed: TimedSegment = {
      segment,
      title: segmentTitle(segment, event.categories),
      offsetMinutes: offset,
      startsAt: start === null ? null : clock(start + offset),
      endsAt: start === null ? null : clock(start + offset + segment.durationMinutes),
      start24: start === null ? null : hhmm(start + offset),
    };
    offset += segment.durationMinutes;
    return timed;
  });
  return {
    segments,
    totalMinutes: offset,
    endsAt: start === null ? null : clock(start + offset),
    passesMidnight: start !== null && start + offset > MINUTES_PER_DAY,
  };
}

export function segmentTitle(
  segment: Pick<Segment, 'title' | 'kind' | 'categoryId'>,
  categories: Pick<AwardCategory, 'id' | 'name'>[],
): string {
  if (segment.title) return segment.title;
  if (segment.kind === 'award') {
    const category = categories.find((c) => c.id === segment.categoryId);
    if (category) return category.name;
  }
  return SegmentKind.labelOf(segment.kind);
}

/** "1 hr 25 min", "45 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} hr` : `${hours} hr ${rest} min`;
}

function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function hhmm(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A wall-clock time as people write it on a printed program: "6:30 PM". */
export function clock(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  // A fixed day carries the wall-clock value only; no time zone is involved.
  return format(new Date(2000, 0, 1, Math.floor(m / 60), m % 60), 'h:mm a');
}
