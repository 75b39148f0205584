import { byStart } from '../../meetings';
import type { WorkspaceDocument } from '../../workspace/document';
import { tableDay } from '../../model/dateFormats';
import type { WeekItem } from './item';
import { inWeek, type WeekWindow } from './window';

/** Meetings planned for the coming week: the agenda and the packet need to be ready. */
export function meetingsDue(doc: Pick<WorkspaceDocument, 'meetings'>, week: WeekWindow): WeekItem[] {
  return doc.meetings
    .filter((m) => m.status === 'planned' && inWeek(m.date, week))
    .sort(byStart)
    .map((m) => ({
      kind: 'meeting',
      key: `meeting:${m.id}`,
      title: m.title,
      detail: m.location ? `Meeting at ${m.location}` : 'Meeting',
      on: m.date,
      path: `/meetings/${m.id}`,
    }));
}

/**
 * Meetings already held whose minutes are written but not approved: the next meeting of the
 * committee is where they are approved, so they belong on the list until someone marks them.
 */
export function minutesAwaitingApproval(doc: Pick<WorkspaceDocument, 'meetings'>, week: WeekWindow): WeekItem[] {
  return doc.meetings
    .filter((m) => m.status === 'held' && m.date <= week.today && m.minutes?.status === 'draft' && m.minutes.items.length > 0)
    .sort(byStart)
    .map((m) => ({
      kind: 'minutes',
      key: `minutes:${m.id}`,
      title: `Approve the minutes of ${m.title}`,
      detail: `Held ${tableDay(m.date)}; the minutes are a draft`,
      on: null,
      path: `/meetings/${m.id}`,
    }));
}
