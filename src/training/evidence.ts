import type { WorkspaceDocument } from '../workspace/document';
import { agencyCoverage } from './coverage';
import { classesHeld, completedCount } from './held';
import { refreshersNeeded } from './inService';
import { CourseKind } from './model';

/**
 * What the training records show, in numbers, for a reader outside the feature (the checklist of
 * stages judges "first class held", "dispatch trained", "in-service offered" from it).
 */
export interface TrainingEvidence {
  /** Per course kind: classes held (not cancelled, ended by today) and trainees who completed one. */
  byKind: Record<CourseKind, { classesHeld: number; completed: number; lastHeldOn: string | null }>;
  /** Agencies with a known number of sworn officers, and how many of them meet their target. */
  agenciesWithStaffing: number;
  agenciesMeetingTarget: number;
  /** People whose refresher is overdue, or due within 90 days. */
  refreshersOverdue: number;
  refreshersDueSoon: number;
}

export function trainingEvidence(doc: WorkspaceDocument, today: string): TrainingEvidence {
  const byKind = Object.fromEntries(
    CourseKind.options.map((kind) => {
      const held = classesHeld(doc, kind, today);
      const lastHeldOn = held.reduce<string | null>((last, c) => (last && last > c.endsOn ? last : c.endsOn), null);
      return [kind, { classesHeld: held.length, completed: completedCount(doc, kind, today), lastHeldOn }];
    }),
  ) as TrainingEvidence['byKind'];
  const coverage = agencyCoverage(doc, today).filter((line) => line.meetsTarget !== null);
  const needed = refreshersNeeded(doc, today);
  return {
    byKind,
    agenciesWithStaffing: coverage.length,
    agenciesMeetingTarget: coverage.filter((line) => line.meetsTarget).length,
    refreshersOverdue: needed.filter((line) => line.state === 'overdue').length,
    refreshersDueSoon: needed.filter((line) => line.state === 'due-soon').length,
  };
}
