import type { WorkspaceDocument } from '../../workspace/document';
import { actionsDue } from './actionsDue';
import { termsEnding } from './committeeDue';
import { directoryToVerify } from './directoryDue';
import type { WeekItem } from './item';
import { meetingsDue, minutesAwaitingApproval } from './meetingsDue';
import { classesStarting, refreshersFallingDue } from './trainingDue';
import { weekFrom, type WeekWindow } from './window';

export type { WeekItem, WeekItemKind } from './item';

/** Each source of the week's list: one feature's records read for what falls due. */
const SOURCES: ((doc: WorkspaceDocument, week: WeekWindow) => WeekItem[])[] = [
  actionsDue,
  meetingsDue,
  classesStarting,
  refreshersFallingDue,
  termsEnding,
  directoryToVerify,
  minutesAwaitingApproval,
];

/**
 * What is due in the coming seven days across the workspace, by day; things that wait on no day
 * (minutes not yet approved) come last. Each item links to the place where it is acted on.
 */
export function thisWeek(doc: WorkspaceDocument, today: string): WeekItem[] {
  const week = weekFrom(today);
  const items = SOURCES.flatMap((source) => source(doc, week));
  return items.sort((a, b) => (a.on ?? '9999-12-31').localeCompare(b.on ?? '9999-12-31'));
}
export { byDay, weekDayLabel } from './dayLabel';
