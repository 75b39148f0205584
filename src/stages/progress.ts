import { MarkStatus, type StageMark } from './model';
import type { WorkspaceDocument } from '../workspace/document';
import type { Audience } from '../stakeholders';
import { organizationsById } from '../stakeholders';
import { quickAction, type QuickAction } from './actions';
import { PROGRAM } from './definitions';
import { evaluateRule, type RuleResult } from './rules';
import type { ItemDefinition, StageDefinition, StepDefinition } from './types';
import { tableDay } from '../model/dateFormats';

/**
 * Where the coalition stands on every checklist item, worked out from its own data. An item with
 * a rule takes its status from the evidence; a person's mark (a tick by hand, or an override
 * with a reason) takes precedence and is always reported as such, next to what the data shows.
 */
export type ItemStatus = 'done' | 'in-progress' | 'not-started' | 'not-applicable';

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  done: 'Done',
  'in-progress': 'Under way',
  'not-started': 'Not started',
  'not-applicable': 'Does not apply',
};

/** Where the status came from: the data, a tick by hand, a hand override of the data, or nothing yet. */
export type StatusSource = 'data' | 'hand' | 'override' | 'none';

export interface ItemProgress {
  id: string;
  title: string;
  guidance: string;
  stageId: string;
  stepId: string;
  status: ItemStatus;
  source: StatusSource;
  /** Whether the workspace can show evidence for this item at all. */
  derivable: boolean;
  /** What the data shows, for items with a rule (also when a mark overrides it). */
  derived: RuleResult | null;
  mark: StageMark | null;
  /** The mark in words: "Marked done by Dana Cruz on 12 Oct 2025: read the Memphis model guide." */
  markLine: string | null;
  /** Set when the item blocks the whole effort and has no evidence: why it matters. */
  blockingGap: string | null;
  action: QuickAction | null;
}

export interface StageProgress {
  id: string;
  title: string;
  summary: string;
  stepId: string;
  items: ItemProgress[];
  done: number;
  inProgress: number;
  /** Items that count: all but those marked as not applying. */
  applicable: number;
  percent: number;
  complete: boolean;
}

export interface StepProgress {
  id: string;
  short: string;
  title: string;
  summary: string;
  stages: StageProgress[];
  done: number;
  applicable: number;
  percent: number;
  complete: boolean;
}

export interface ProgramProgress {
  today: string;
  steps: StepProgress[];
  /** The step the coalition is in (see currentStepOf): what the dashboard and next steps speak of. */
  currentStep: StepProgress;
  /**
   * The earliest stage of the current step not yet complete. Stages build on one another, so a
   * gap left in an earlier stage is where the coalition still stands, even if later work has
   * begun. Null when every stage of the last step is complete.
   */
  currentStage: StageProgress | null;
}

export interface ProgressOptions {
  today: string;
  audience: Audience;
}

export function computeProgress(doc: WorkspaceDocument, options: ProgressOptions): ProgramProgress {
  const marks = new Map(doc.stageMarks.map((mark) => [mark.itemId, mark]));
  const context = { doc, today: options.today, audience: options.audience, organizations: organizationsById(doc.organizations) };
  const steps = PROGRAM.map((step) =>
    stepProgress(
      step,
      step.stages.map((stage) =>
        stageProgress(step, stage, stage.items.map((item) => itemProgress(step, stage, item, marks.get(item.id) ?? null, context))),
      ),
    ),
  );
  const currentStep = currentStepOf(steps);
  return {
    today: options.today,
    steps,
    currentStep,
    currentStage: currentStep.stages.find((stage) => !stage.complete) ?? null,
  };
}

/** How much of a step must be done before the coalition can be said to have moved past it. */
export const MOVED_ON_SHARE = 0.75;

/**
 * The step the coalition is in: the earliest step not complete, unless the coalition has moved
 * on from it: three in four of its items done and work begun on the next. Without that second
 * way out, one hand-ticked item forgotten in Step One would keep a coalition that trains officers
 * looking at Step One for years.
 */
export function currentStepOf(steps: readonly StepProgress[]): StepProgress {
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i]!;
    if (step.complete) continue;
    const next = steps[i + 1]!;
    const nextBegun = next.stages.some((stage) => stage.done + stage.inProgress > 0);
    if (step.applicable > 0 && step.done / step.applicable >= MOVED_ON_SHARE && nextBegun) continue;
    return step;
  }
  return steps.at(-1)!;
}

function itemProgress(
  step: StepDefinition,
  stage: StageDefinition,
  item: ItemDefinition,
  mark: StageMark | null,
  context: Parameters<typeof evaluateRule>[1],
): ItemProgress {
  const derived = item.rule ? evaluateRule(item.rule, context) : null;
  let status: ItemStatus;
  let source: StatusSource;
  if (mark) {
    source = derived ? 'override' : 'hand';
    status = mark.status === 'done' ? 'done' : mark.status === 'not-applicable' ? 'not-applicable' : derived && derived.state !== 'unmet' ? 'in-progress' : 'not-started';
  } else if (derived) {
    source = 'data';
    status = derived.state === 'met' ? 'done' : derived.state === 'partial' ? 'in-progress' : 'not-started';
  } else {
    source = 'none';
    status = 'not-started';
  }
  return {
    id: item.id,
    title: item.title,
    guidance: item.guidance,
    stageId: stage.id,
    stepId: step.id,
    status,
    source,
    derivable: item.rule !== undefined,
    derived,
    mark,
    markLine: mark ? describeMark(mark) : null,
    blockingGap: item.blocking && derived?.state === 'unmet' && status !== 'done' && status !== 'not-applicable' ? item.blocking : null,
    action: item.action ? quickAction(item.action) : null,
  };
}

/** "Marked done by Dana Cruz on 12 Oct 2025: read the Memphis guide." */
export function describeMark(mark: StageMark): string {
  const what = mark.status === 'not-applicable' ? 'as not applying to us' : MarkStatus.labelOf(mark.status).toLowerCase();
  return `Marked ${what} by ${mark.by} on ${tableDay(mark.on)}${mark.note ? `: ${mark.note}` : '.'}`;
}

function stageProgress(step: StepDefinition, stage: StageDefinition, items: ItemProgress[]): StageProgress {
  const applicable = items.filter((i) => i.status !== 'not-applicable').length;
  const done = items.filter((i) => i.status === 'done').length;
  return {
    id: stage.id,
    title: stage.title,
    summary: stage.summary,
    stepId: step.id,
    items,
    done,
    inProgress: items.filter((i) => i.status === 'in-progress').length,
    applicable,
    percent: percentDone(done, applicable),
    complete: done === applicable,
  };
}

function stepProgress(step: StepDefinition, stages: StageProgress[]): StepProgress {
  const done = stages.reduce((sum, s) => sum + s.done, 0);
  const applicable = stages.reduce((sum, s) => sum + s.applicable, 0);
  return {
    id: step.id,
    short: step.short,
    title: step.title,
    summary: step.summary,
    stages,
    done,
    applicable,
    percent: percentDone(done, applicable),
    complete: stages.every((s) => s.complete),
  };
}

/** Whole percent, never rounded up to 100 before everything is done. */
export function percentDone(done: number, applicable: number): number {
  if (applicable === 0) return 100;
  return done === applicable ? 100 : Math.min(99, Math.round((done / applicable) * 100));
}
