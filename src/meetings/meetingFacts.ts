import type { Meeting } from './model';
import { MeetingKind } from './model';
import type { WorkspaceDocument } from '../workspace/document';
import { displayName, type Audience } from '../stakeholders';
import { agendaTiming, formatMinutes, labelFor } from './agendaTiming';
import { clockLabel, longDay } from '../model/wallClock';

/**
 * The facts every printed or sent form of a meeting repeats (agenda, minutes, invitation,
 * calendar file): when, where, for whom, and the names of people as the audience may see them.
 */

/** "Central Daylight Time" for the meeting's day, so a reader in another zone is not misled. */
export function zoneName(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

export interface WhenWhere {
  day: string;
  /** "6:00 PM – 7:30 PM Central Daylight Time" */
  time: string;
  /** "1 hr 30 min" */
  length: string;
  place: string;
  videoLink: string;
  kind: string;
}

export function whenWhere(meeting: Meeting, timeZone: string): WhenWhere {
  const timing = agendaTiming(meeting, timeZone);
  return {
    day: longDay(meeting.date),
    time: `${clockLabel(timing.start)} – ${labelFor(timing.end, meeting.date)} ${zoneName(timing.start, timeZone)}`,
    length: formatMinutes(meeting.durationMinutes),
    place: meeting.location,
    videoLink: meeting.videoLink,
    kind: MeetingKind.labelOf(meeting.kind),
  };
}

/** Names of people for an audience; an id no longer in the workspace reads as a removed person. */
export function nameLookup(
  doc: Pick<WorkspaceDocument, 'stakeholders'>,
  audience: Audience,
): (id: string | null) => string {
  const people = new Map(doc.stakeholders.map((s) => [s.id, s]));
  return (id) => {
    if (!id) return '';
    const person = people.get(id);
    return person ? displayName(person, audience) : 'A person no longer in the workspace';
  };
}

/** An action item's owner as the audience may see them. */
export function ownerName(
  item: { ownerId: string | null; ownerName: string },
  names: (id: string | null) => string,
): string {
  return item.ownerId ? names(item.ownerId) : item.ownerName || 'No owner yet';
}
