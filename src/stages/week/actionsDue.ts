import { groupByDue, relativeDue } from '../../actions';
import type { WorkspaceDocument } from '../../workspace/document';
import type { WeekItem } from './item';
import type { WeekWindow } from './window';

/** Open action items due today or in the six days after (overdue ones have their own card). */
export function actionsDue(doc: Pick<WorkspaceDocument, 'actionItems' | 'stakeholders'>, week: WeekWindow): WeekItem[] {
  const names = new Map(doc.stakeholders.map((s) => [s.id, s.name]));
  return groupByDue(doc.actionItems, week.today).dueThisWeek.map((item) => {
    const owner = (item.ownerId ? names.get(item.ownerId) : undefined) ?? (item.ownerName || 'No owner');
    return {
      kind: 'action',
      key: `action:${item.id}`,
      title: item.title,
      detail: `Action item, ${relativeDue(item.dueDate!, week.today)} · ${owner}`,
      on: item.dueDate,
      path: '/actions',
    };
  });
}
