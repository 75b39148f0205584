import type { ActionItem } from '../actions';
import type { WorkspaceDocument } from '../workspace/document';

export interface PreparationProgress {
  items: ActionItem[];
  done: number;
  /** Open items whose due date has passed, counted on `today` (YYYY-MM-DD). */
  overdue: number;
  /** Done and dropped items both count as settled. */
  settled: number;
}

/**
 * An event's checklist of preparations: the action items whose source is the event, soonest due
 * first (undated last). The checklist keeps no list of its own, so an item finished from the
 * action item list is finished here too.
 */
export function preparationsOf(
  doc: Pick<WorkspaceDocument, 'actionItems'>,
  eventId: string,
  today: string,
): PreparationProgress {
  const items = doc.actionItems
    .filter((item) => item.source.kind === 'recognition' && item.source.id === eventId)
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.title.localeCompare(b.title, 'en-US'),
    );
  const done = items.filter((i) => i.status === 'done').length;
  const settled = items.filter((i) => i.status === 'done' || i.status === 'dropped').length;
  const overdue = items.filter(
    (i) => (i.status === 'open' || i.status === 'in-progress') && i.dueDate !== null && i.dueDate < today,
  ).length;
  return { items, done, overdue, settled };
}
