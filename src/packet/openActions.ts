import { dueState, isClosed, type ActionItem } from '../actions';

/**
 * The action items a packet lists: every open one for the steering committee (it oversees all of
 * them), a workgroup's own for a workgroup meeting. Overdue first, then by due day, undated last.
 */
export function packetActionItems(
  items: readonly ActionItem[],
  meeting: { workgroupId: string | null },
  day: string,
): { overdue: ActionItem[]; open: ActionItem[] } {
  const mine = items.filter((a) => !isClosed(a) && (!meeting.workgroupId || a.workgroupId === meeting.workgroupId));
  const byDue = (a: ActionItem, b: ActionItem) =>
    (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99') || a.title.localeCompare(b.title);
  const overdue = mine.filter((a) => dueState(a, day) === 'overdue').sort(byDue);
  const open = mine.filter((a) => dueState(a, day) !== 'overdue').sort(byDue);
  return { overdue, open };
}
