import type { Meeting } from './model';
import { minutesOfDay } from '../model/wallClock';

/**
 * The body a meeting belongs to: a workgroup, a series, or the steering committee. Meetings of
 * one body share a quorum rule, review each other's action items and carry items forward.
 * Conversations, site visits and "other" meetings stand alone unless they are in a series.
 */
export function bodyKey(meeting: Pick<Meeting, 'id' | 'kind' | 'workgroupId' | 'series'>): string {
  if (meeting.workgroupId) return `workgroup:${meeting.workgroupId}`;
  if (meeting.series) return `series:${meeting.series.id}`;
  if (meeting.kind === 'steering-committee' || meeting.kind === 'first-convening' || meeting.kind === 'community-forum')
    return `kind:${meeting.kind}`;
  return `meeting:${meeting.id}`;
}

type Dated = Pick<Meeting, 'id' | 'date' | 'startTime'>;

/** Orders meetings by when they start (then by id, so the order never wobbles). */
export function byStart(a: Dated, b: Dated): number {
  return (
    a.date.localeCompare(b.date) || minutesOfDay(a.startTime) - minutesOfDay(b.startTime) || a.id.localeCompare(b.id)
  );
}

/** Meetings of the same body that started before this one, newest first; cancelled ones left out. */
export function earlierMeetingsOfBody<M extends Meeting>(meetings: readonly M[], meeting: Meeting): M[] {
  const key = bodyKey(meeting);
  return meetings
    .filter((m) => m.id !== meeting.id && m.status !== 'cancelled' && bodyKey(m) === key && byStart(m, meeting) < 0)
    .sort((a, b) => byStart(b, a));
}

/** The next meeting of the same body after this one, if one is planned. */
export function nextMeetingOfBody<M extends Meeting>(meetings: readonly M[], meeting: Meeting): M | null {
  const key = bodyKey(meeting);
  return (
    meetings
      .filter((m) => m.id !== meeting.id && m.status !== 'cancelled' && bodyKey(m) === key && byStart(m, meeting) > 0)
      .sort(byStart)[0] ?? null
  );
}
