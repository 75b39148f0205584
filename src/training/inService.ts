import type { WorkspaceDocument } from '../workspace/document';
import { addYears, daysBetween } from './days';
import { completions, personKey } from './held';

/**
 * Who needs refresher (in-service) training. A person's last completion of any course starts the
 * clock; the course's own refresher interval says when the next is due. A refresher completed
 * later restarts the clock, so only each person's latest completion matters.
 */

/** How far ahead "due soon" looks: time enough to schedule a class and enrol people. */
export const DUE_SOON_DAYS = 90;

export type RefresherState = 'overdue' | 'due-soon' | 'current';

export interface RefresherLine {
  key: string;
  name: string;
  organizationId: string | null;
  /** The course and day of the latest completion. */
  lastCourseName: string;
  lastCompletedOn: string;
  dueOn: string;
  state: RefresherState;
  /** Days until due (negative once overdue). */
  daysLeft: number;
}

type TrainingDoc = Pick<WorkspaceDocument, 'trainingCourses' | 'trainingClasses'>;

/** Every trained person and when their refresher is due, the most urgent first. */
export function refreshers(doc: TrainingDoc, today: string): RefresherLine[] {
  const latest = new Map<string, RefresherLine>();
  for (const { trainee, course, on } of completions(doc)) {
    if (on > today) continue;
    const key = personKey(trainee);
    const dueOn = addYears(on, course.refresherYears);
    const previous = latest.get(key);
    // completions() is in day order, so a later one replaces an earlier one.
    if (previous && previous.lastCompletedOn > on) continue;
    const daysLeft = daysBetween(today, dueOn);
    latest.set(key, {
      key,
      name: trainee.name,
      organizationId: trainee.organizationId,
      lastCourseName: course.name,
      lastCompletedOn: on,
      dueOn,
      state: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'current',
      daysLeft,
    });
  }
  return [...latest.values()].sort((a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name));
}

/** Only those overdue or due within DUE_SOON_DAYS. */
export function refreshersNeeded(doc: TrainingDoc, today: string): RefresherLine[] {
  return refreshers(doc, today).filter((line) => line.state !== 'current');
}
