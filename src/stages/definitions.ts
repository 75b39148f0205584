import { STEP_ONE } from './program/stepOne';
import { STEP_THREE } from './program/stepThree';
import { STEP_TWO } from './program/stepTwo';
import type { ItemDefinition, StageDefinition, StepDefinition } from './types';

/**
 * The steps of building a CIT program, as data, one file each in program/: NAMI's Build
 * Partnerships, Create Change and Sustain. Each item either names a rule that reads its evidence
 * from the workspace, or is ticked by hand.
 *
 * Item ids are stored in workspace files with people's marks: never rename or reuse one. Add a
 * new id instead, and leave an old one in place if files may hold marks for it. An item that
 * moves to another stage keeps its id, so an id's first word names the stage it started in.
 */
export const PROGRAM: readonly StepDefinition[] = [STEP_ONE, STEP_TWO, STEP_THREE];

export interface LocatedItem {
  item: ItemDefinition;
  stage: StageDefinition;
  step: StepDefinition;
}

/** Every item with its stage and step, in checklist order. */
export const ALL_ITEMS: readonly LocatedItem[] = PROGRAM.flatMap((step) =>
  step.stages.flatMap((stage) => stage.items.map((item) => ({ item, stage, step }))),
);

const BY_ID = new Map(ALL_ITEMS.map((located) => [located.item.id, located]));

export function findItem(itemId: string): LocatedItem | undefined {
  return BY_ID.get(itemId);
}
