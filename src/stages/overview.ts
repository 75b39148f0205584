import { groupByDue } from '../actions';
import { byStart } from '../meetings';
import type { ActionItem } from '../actions';
import type { Meeting } from '../meetings';
import type { WorkspaceDocument } from '../workspace/document';
import { coverageBySector, missingSummary, type CoverageRow } from '../stakeholders';
import type { Audience } from '../stakeholders';
import { nextSteps, type NextStep } from './nextSteps';
import { computeProgress, type ProgramProgress } from './progress';
import { thisWeek, type WeekItem } from './week';

/**
 * The coalition at a glance, gathered once so the dashboard and the steering committee's status
 * report always say the same thing: where the checklist stands, what to do next, who is at the
 * table, what is overdue, what falls due this week and when the coalition meets next.
 */
export interface CoalitionOverview {
  progress: ProgramProgress;
  nextSteps: NextStep[];
  coverage: CoverageRow[];
  coverageSummary: string;
  /** Open items past their due date, the longest overdue first. */
  overdue: ActionItem[];
  nextMeeting: Meeting | null;
  /** What falls due in the coming seven days, by day, each with the place to act on it. */
  thisWeek: WeekItem[];
}

export function coalitionOverview(doc: WorkspaceDocument, options: { today: string; audience: Audience }): CoalitionOverview {
  const progress = computeProgress(doc, options);
  const coverage = coverageBySector(doc.stakeholders, doc.organizations);
  return {
    progress,
    nextSteps: nextSteps(progress, 3),
    coverage,
    coverageSummary: missingSummary(coverage),
    overdue: groupByDue(doc.actionItems, options.today).overdue,
    nextMeeting: upcomingMeetings(doc, options.today)[0] ?? null,
    thisWeek: thisWeek(doc, options.today),
  };
}

/** Planned meetings from today on (up to `until`, when given), soonest first. */
export function upcomingMeetings(doc: Pick<WorkspaceDocument, 'meetings'>, today: string, until?: string): Meeting[] {
  return doc.meetings.filter((m) => m.status === 'planned' && m.date >= today && (!until || m.date <= until)).sort(byStart);
}
