import { servicesToVerify } from '../../directory';
import type { WorkspaceDocument } from '../../workspace/document';
import type { WeekItem } from './item';
import type { WeekWindow } from './window';

/**
 * Directory entries whose check is due or overdue, on one line: an officer relies on a phone
 * number being right, and the coordinator checks them together.
 */
export function directoryToVerify(doc: Pick<WorkspaceDocument, 'services' | 'directorySettings'>, week: WeekWindow): WeekItem[] {
  const due = servicesToVerify(doc, week.today).filter((entry) => entry.dueOn === null || entry.dueOn <= week.last);
  if (due.length === 0) return [];
  const overdue = due.filter((entry) => entry.overdue).length;
  const first = due.map((entry) => entry.dueOn ?? week.today).sort()[0]!;
  return [
    {
      kind: 'verify',
      key: 'verify:directory',
      title: `Check ${due.length === 1 ? '1 directory entry' : `${due.length} directory entries`}`,
      detail: overdue ? `${overdue} of them ${overdue === 1 ? 'is' : 'are'} overdue for checking` : 'Their six-monthly check falls due',
      on: first < week.today ? week.today : first,
      path: '/directory',
    },
  ];
}
