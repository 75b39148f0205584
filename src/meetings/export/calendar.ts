import { tzOffset } from '@date-fns/tz';
import { createEvents, type EventAttributes } from 'ics';
import type { Meeting } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { agendaTiming } from '../agendaTiming';
import { byStart } from '../body';
import { nameLookup, whenWhere } from '../meetingFacts';
import { zoneAbbreviation } from '../../model/wallClock';
import { describeRule, matchesRule, toRRule } from '../recurrence';
import { NotFoundError } from '../../errors';

/**
 * Calendar files (.ics) for a meeting and for a series. Times are written as the coalition's
 * wall clock with its time zone (DTSTART;TZID=America/Chicago:...), with the zone's rules
 * included (VTIMEZONE), so a monthly series stays at 6 PM on both sides of a clock change.
 *
 * The `ics` package writes the events; it has no notion of named zones, so it is given the
 * wall-clock numbers as if they were UTC (it copies them through unchanged) and each DTSTART
 * is then labelled with the zone. That step is here and nowhere else.
 */
const PRODUCT = '-//CIT Coalition Organizer//Meetings//EN';

export function meetingIcs(doc: WorkspaceDocument, meeting: Meeting): string {
  const zone = doc.coalition.timeZone;
  const event = eventFor(doc, meeting);
  return finish(
    createEvents([event], { productId: PRODUCT, calName: meeting.title }),
    zone,
    // From the year before: a January meeting falls under the previous November's observance.
    yearOf(meeting.date) - 1,
    yearOf(meeting.date),
  );
}

/** The whole series as one repeating event, from its first meeting under the current rule. */
export function seriesIcs(doc: WorkspaceDocument, seriesId: string): string {
  const members = doc.meetings.filter((m) => m.series?.id === seriesId).sort(byStart);
  const latest = members.at(-1);
  if (!latest?.series) throw new NotFoundError('That series no longer exists.');
  const rule = latest.series.rule;
  const first = members.find((m) => matchesRule(rule, m.date) && m.startTime === latest.startTime) ?? latest;
  const zone = doc.coalition.timeZone;
  const facts = whenWhere(latest, zone);
  const event: EventAttributes = {
    ...eventFor(doc, { ...latest, date: first.date, agenda: [] }),
    uid: `series-${seriesId}@cit-coalition-organizer`,
    title: latest.series.name,
    description: [
      `${describeRule(rule)}, ${facts.time}.`,
      facts.place && `Place: ${facts.place}`,
      facts.videoLink && `Join online: ${facts.videoLink}`,
      'Each meeting’s agenda is sent before the meeting.',
    ]
      .filter(Boolean)
      .join('\n'),
    recurrenceRule: toRRule(rule),
    status: 'CONFIRMED',
  };
  // A repeating event has no end year; ten years of the zone's rules covers any calendar's view.
  return finish(
    createEvents([event], { productId: PRODUCT, calName: latest.series.name }),
    zone,
    yearOf(first.date) - 1,
    yearOf(first.date) + 10,
  );
}

function eventFor(doc: WorkspaceDocument, meeting: Meeting): EventAttributes {
  const zone = doc.coalition.timeZone;
  const timing = agendaTiming(meeting, zone);
  const start = timing.start;
  const link = /^https:\/\//i.test(meeting.videoLink) ? meeting.videoLink : undefined;
  return {
    uid: `${meeting.id}@cit-coalition-organizer`,
    title: meeting.status === 'cancelled' ? `Cancelled: ${meeting.title}` : meeting.title,
    // Wall-clock numbers, labelled with the zone in `finish` (see the note at the top).
    start: [start.getFullYear(), start.getMonth() + 1, start.getDate(), start.getHours(), start.getMinutes()],
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: Math.floor(meeting.durationMinutes / 60), minutes: meeting.durationMinutes % 60 },
    description: agendaText(doc, meeting),
    location: [meeting.location, meeting.videoLink].filter(Boolean).join(' · ') || undefined,
    url: link,
    status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

/** The agenda as plain text, for a calendar entry or an email: "6:00 PM  Welcome (Dana Lee)". */
export function agendaText(doc: WorkspaceDocument, meeting: Meeting): string {
  const zone = doc.coalition.timeZone;
  const names = nameLookup(doc, 'shared');
  const timing = agendaTiming(meeting, zone);
  const labels = new Map(timing.items.map((t) => [t.itemId, t.label]));
  const lines: string[] = [];
  for (const section of meeting.agenda) {
    if (section.items.length === 0) continue;
    lines.push(section.title.toUpperCase());
    for (const item of section.items) {
      const presenter = names(item.presenterId);
      lines.push(`${labels.get(item.id) ?? ''}  ${item.title}${presenter ? ` (${presenter})` : ''}`);
    }
    lines.push('');
  }
  return lines.length ? `Agenda\n\n${lines.join('\n').trim()}` : 'The agenda will follow.';
}

function finish(
  result: { error: Error | null; value: string | null },
  zone: string,
  fromYear: number,
  toYear: number,
): string {
  if (result.error || !result.value)
    throw new Error(`The calendar file could not be written: ${result.error?.message ?? 'no output'}.`);
  const crlf = result.value.replace(/\r?\n/g, '\r\n');
  const labelled = crlf.replace(/^DTSTART:(\d{8}T\d{6})Z$/gm, `DTSTART;TZID=${zone}:$1`);
  if (labelled === crlf) throw new Error('The calendar file has no start time.');
  return labelled.replace('BEGIN:VEVENT', `${vtimezone(zone, fromYear, toYear)}\r\nBEGIN:VEVENT`);
}

function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/**
 * The zone's rules as iCalendar observances: one per clock change between the two years (a
 * zone without changes gets one standing observance). Found from the runtime's zone data, so
 * it matches the times the app shows.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const transitions = findTransitions(zone, Date.UTC(fromYear, 0, 1), Date.UTC(toYear + 1, 0, 1));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (transitions.length === 0) {
    const offset = tzOffset(zone, new Date(Date.UTC(fromYear, 0, 1)));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(offset)}`,
      `TZOFFSETTO:${offsetText(offset)}`,
      `TZNAME:${zoneAbbreviation(new Date(Date.UTC(fromYear, 0, 1)), zone)}`,
      'END:STANDARD',
    );
  }
  for (const t of transitions) {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the wall-clock moment of the change, read on the old offset.
    const local = new Date(t.at + t.from * 60_000);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${stamp(local)}`,
      `TZOFFSETFROM:${offsetText(t.from)}`,
      `TZOFFSETTO:${offsetText(t.to)}`,
      `TZNAME:${zoneAbbreviation(new Date(t.at), zone)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

interface Transition {
  /** The instant of the change, ms since the epoch. */
  at: number;
  /** Offsets in minutes east of UTC, before and after. */
  from: number;
  to: number;
}

/** Clock changes between two instants: a day-by-day walk, then a binary search to the minute. */
function findTransitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const day = 86_400_000;
  const offsetAt = (ms: number) => tzOffset(zone, new Date(ms));
  const found: Transition[] = [];
  let previous = offsetAt(fromMs);
  for (let t = fromMs + day; t <= toMs; t += day) {
    const current = offsetAt(t);
    if (current === previous) continue;
    let low = t - day;
    let high = t;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetAt(mid) === previous) low = mid;
      else high = mid;
    }
    found.push({ at: high, from: previous, to: current });
    previous = current;
  }
  return found;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** YYYYMMDDTHHMMSS from a Date whose UTC fields hold the wall-clock time. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').slice(0, 15);
}
