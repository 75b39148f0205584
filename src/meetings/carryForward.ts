import type { ActionItem } from '../actions';
import type { Meeting, MinutesItem } from './model';
import { bodyKey, earlierMeetingsOfBody } from './body';

/**
 * What an earlier meeting hands to the next one: agenda items it did not finish, and the action
 * items it created that are still open.
 */

/** Items the minutes mark unfinished that have not been carried into `target` yet. */
export function carryForwardCandidates(from: Meeting, target: Meeting): MinutesItem[] {
  if (!from.minutes) return [];
  const already = new Set(
    target.agenda
      .flatMap((s) => s.items)
      .filter((i) => i.carriedFrom?.meetingId === from.id)
      .map((i) => i.carriedFrom?.itemId),
  );
  return from.minutes.items.filter((item) => item.outcome === 'unfinished' && !already.has(item.id));
}

/** Every unfinished item from earlier meetings of the same body still waiting to be carried into `target`. */
export function pendingCarryForward(
  meetings: readonly Meeting[],
  target: Meeting,
): { meeting: Meeting; items: MinutesItem[] }[] {
  // Only the nearest earlier meeting that has minutes: older unfinished items were that meeting's to carry.
  const source = earlierMeetingsOfBody(meetings, target).find((m) => m.minutes);
  if (!source) return [];
  const items = carryForwardCandidates(source, target);
  return items.length ? [{ meeting: source, items }] : [];
}

const OPEN: ReadonlySet<ActionItem['status']> = new Set(['open', 'in-progress']);

export function isOpen(item: Pick<ActionItem, 'status'>): boolean {
  return OPEN.has(item.status);
}

/**
 * Open action items to review at a meeting: those created at earlier meetings of the same body,
 * and, for a workgroup, those assigned to the workgroup wherever they came from.
 */
export function actionItemsForReview(
  meetings: readonly Meeting[],
  actionItems: readonly ActionItem[],
  meeting: Meeting,
): ActionItem[] {
  const earlier = new Set(earlierMeetingsOfBody(meetings, meeting).map((m) => m.id));
  const key = bodyKey(meeting);
  return actionItems.filter((item) => {
    if (!isOpen(item)) return false;
    if (item.source.kind === 'meeting' && item.source.id && earlier.has(item.source.id)) return true;
    return key.startsWith('workgroup:') && item.workgroupId === meeting.workgroupId;
  });
}

/** The action items linked to a meeting: created at it, or from its minutes. */
export function actionItemsOfMeeting(actionItems: readonly ActionItem[], meeting: Meeting): ActionItem[] {
  const fromMinutes = new Set(meeting.minutes?.items.flatMap((i) => i.actionItemIds) ?? []);
  return actionItems.filter(
    (a) => (a.source.kind === 'meeting' && a.source.id === meeting.id) || fromMinutes.has(a.id),
  );
}
