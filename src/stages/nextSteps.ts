import type { QuickAction } from './actions';
import type { ItemProgress, ProgramProgress, StageProgress } from './progress';

/**
 * The most useful things to do next, from the step the coalition is in, and any blocking gap
 * left in an earlier one. Ranked by, in order:
 * 1. blocking gaps (an item that holds everything back and has no evidence at all),
 * 2. the stage: earlier stages first, since later work rests on them,
 * 3. items already under way before those not started, since finishing is cheaper than starting,
 * 4. the checklist's own order.
 */
export interface NextStep {
  itemId: string;
  title: string;
  stageId: string;
  stageTitle: string;
  /** Why this step now: the blocking reason, what the data shows so far, or how to do it. */
  why: string;
  guidance: string;
  blocking: boolean;
  action: QuickAction | null;
}

export function nextSteps(progress: ProgramProgress, limit = 3): NextStep[] {
  const currentIndex = progress.steps.indexOf(progress.currentStep);
  const stages = progress.steps.slice(0, currentIndex + 1).flatMap((step) => step.stages);
  const candidates: Array<{ item: ItemProgress; stage: StageProgress; stageIndex: number; itemIndex: number }> = [];
  stages.forEach((stage, stageIndex) =>
    stage.items.forEach((item, itemIndex) => {
      const open = item.status === 'not-started' || item.status === 'in-progress';
      const inCurrentStep = stage.stepId === progress.currentStep.id;
      if (open && (inCurrentStep || item.blockingGap !== null)) candidates.push({ item, stage, stageIndex, itemIndex });
    }),
  );
  candidates.sort(
    (a, b) =>
      Number(b.item.blockingGap !== null) - Number(a.item.blockingGap !== null) ||
      a.stageIndex - b.stageIndex ||
      Number(b.item.status === 'in-progress') - Number(a.item.status === 'in-progress') ||
      a.itemIndex - b.itemIndex,
  );
  return candidates.slice(0, limit).map(({ item, stage }) => ({
    itemId: item.id,
    title: item.title,
    stageId: stage.id,
    stageTitle: stage.title,
    why: item.blockingGap ?? (item.status === 'in-progress' && item.derived ? item.derived.evidence : item.guidance),
    guidance: item.guidance,
    blocking: item.blockingGap !== null,
    action: item.action,
  }));
}
