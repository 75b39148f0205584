import type { Draft } from 'immer';
import { EngagementStage, type StageChange, type Stakeholder } from './model/stakeholder';

/**
 * The engagement stage of a person is a history, not a field: every change is kept with its day,
 * so the coalition can say when the sheriff's office came to the table. `stage` always equals the
 * last entry of `stageHistory`; only the functions here change either of them.
 */

/** The forward path, in order; `declined` and `inactive` sit outside it. */
export const STAGE_PATH = ['identified', 'contacted', 'in-conversation', 'committed', 'steering-committee'] as const;

/** Stages at which a logged conversation suggests moving the person to "in conversation". */
export const BEFORE_CONVERSATION: readonly EngagementStage[] = ['identified', 'contacted'];

export interface StageChangeRequest {
  stage: EngagementStage;
  on: string;
  note?: string;
  conversationId?: string | null;
}

export type StageChangeOutcome = 'changed' | 'unchanged';

export class StageChangeRefused extends Error {}

/** The day of the latest change, or null for a person with no history (files written before it). */
export function lastChangeDay(person: Pick<Stakeholder, 'stageHistory'>): string | null {
  return person.stageHistory.at(-1)?.on ?? null;
}

/**
 * Moves a person to a stage on a day, recording it. Refuses a day before the latest recorded
 * change (the history would then contradict itself) or after `today`. Moving to the stage the
 * person is already at records nothing.
 */
export function changeStage(
  person: Draft<Stakeholder>,
  request: StageChangeRequest,
  today: string,
): StageChangeOutcome {
  if (person.stage === request.stage && person.stageHistory.length > 0) return 'unchanged';
  if (request.on > today) {
    throw new StageChangeRefused(`A stage change cannot be dated in the future (${request.on}). Today is ${today}.`);
  }
  const last = lastChangeDay(person);
  if (last && request.on < last) {
    throw new StageChangeRefused(
      `${person.name}'s stage last changed on ${last}, so a new change cannot be dated ${request.on}. Use ${last} or later.`,
    );
  }
  const entry: StageChange = { stage: request.stage, on: request.on, note: request.note ?? '' };
  if (request.conversationId) entry.conversationId = request.conversationId;
  person.stageHistory.push(entry);
  person.stage = request.stage;
  return 'changed';
}

/** The history of a person at creation: one entry for the stage they start at. */
export function initialHistory(stage: EngagementStage, on: string): StageChange[] {
  return [{ stage, on, note: '' }];
}

/** The stage a person was at on a day (the last change on or before it), or null if not yet known. */
export function stageOn(person: Pick<Stakeholder, 'stageHistory'>, day: string): EngagementStage | null {
  let found: EngagementStage | null = null;
  for (const change of person.stageHistory) {
    if (change.on > day) break;
    found = change.stage;
  }
  return found;
}

/** The day a person first reached a stage (or any stage further along the path), or null. */
export function firstReached(
  person: Pick<Stakeholder, 'stageHistory'>,
  stage: (typeof STAGE_PATH)[number],
): string | null {
  const threshold = STAGE_PATH.indexOf(stage);
  for (const change of person.stageHistory) {
    const position = (STAGE_PATH as readonly string[]).indexOf(change.stage);
    if (position >= threshold) return change.on;
  }
  return null;
}

/** Whether a conversation with this person should offer to move them to "in conversation". */
export function conversationSuggestsAdvance(person: Pick<Stakeholder, 'stage'>): boolean {
  return BEFORE_CONVERSATION.includes(person.stage);
}

/** The history as shown in the detail drawer: each change with the stage before it, newest first. */
export function describeHistory(
  person: Pick<Stakeholder, 'stageHistory'>,
): Array<StageChange & { from: EngagementStage | null; label: string }> {
  return person.stageHistory
    .map((change, index) => {
      const from = index > 0 ? (person.stageHistory[index - 1]?.stage ?? null) : null;
      const label = from
        ? `${EngagementStage.labelOf(from)} → ${EngagementStage.labelOf(change.stage)}`
        : `Added as ${EngagementStage.labelOf(change.stage).toLowerCase()}`;
      return { ...change, from, label };
    })
    .reverse();
}

/** Orders stages for sorting: the forward path first, then declined and inactive. */
export function stageRank(stage: EngagementStage): number {
  return EngagementStage.options.indexOf(stage);
}
