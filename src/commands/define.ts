import type { Draft } from 'immer';
import { NotFoundError, missingRecordMessage } from '../errors';
import type { z } from 'zod';
import type { WorkspaceDocument } from '../workspace/document';
import type { References } from './references';

/** What a command may use besides its input: the clock and a source of new ids. */
export interface CommandContext {
  now: Date;
  newId(): string;
}

/**
 * A named change to a workspace. Every change the app makes is one of these: the input is
 * validated against `input` before `apply` runs, `apply` edits an immer draft (so the change
 * can be undone from its patches), and `label` names it in Edit › Undo and the history.
 */
export interface Command<S extends z.ZodType = z.ZodType, R = unknown> {
  /** The API method name, e.g. "addStakeholder". */
  name: string;
  /** A short lower-case phrase for menus: "add stakeholder". */
  label: string;
  input: S;
  apply(draft: Draft<WorkspaceDocument>, input: z.output<S>, context: CommandContext): R;
  /** Names the change for the person, e.g. "add stakeholder Dana Whitfield". */
  describe?(input: z.output<S>, before: WorkspaceDocument): string;
  /**
   * Input fields that name records, where this command gives a field a meaning of its own (its
   * `id`); the usual ones (`ownerId`, `meetingId` ...) are declared once in references.ts. All
   * are checked before `apply` runs.
   */
  references?: References;
}

export function defineCommand<S extends z.ZodType, R>(command: Command<S, R>): Command<S, R> {
  return command;
}

/** Finds an entity by id in a draft collection, or explains that it is gone. */
export function findOrFail<T extends { id: string }>(items: T[], id: string, what: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new NotFoundError(missingRecordMessage(what));
  return found;
}
