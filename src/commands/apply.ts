import { enablePatches, produceWithPatches, type Patch } from 'immer';
import type { z } from 'zod';
import type { WorkspaceDocument } from '../workspace/document';
import type { Command, CommandContext } from './define';
import { checkReferences } from './references';
import { InputError } from '../errors';

enablePatches();

export interface AppliedCommand<R = unknown> {
  doc: WorkspaceDocument;
  patches: Patch[];
  inversePatches: Patch[];
  result: R;
  /** The change, named for Edit › Undo: "add stakeholder Dana Whitfield". */
  description: string;
}

/** Checks raw input against a command's schema: the one parse, wherever the input comes from. */
export function parseCommandInput<S extends z.ZodType>(command: Command<S, unknown>, rawInput: unknown): z.output<S> {
  const parsed = command.input.safeParse(rawInput);
  if (!parsed.success) throw InputError.fromZod(parsed.error);
  return parsed.data;
}

/**
 * Applies a command to a document, its input already checked against the schema: first that
 * every record the input names exists, then the change, producing the new document and the
 * patches both ways. The original document is never modified, so a command that throws changes
 * nothing.
 */
export function applyCommand<S extends z.ZodType, R>(
  doc: WorkspaceDocument,
  command: Command<S, R>,
  input: z.output<S>,
  context: CommandContext,
): AppliedCommand<R> {
  // Every id in the input names a record that exists, checked in one place for every command.
  checkReferences(doc, input, command.references);
  const description = command.describe?.(input, doc) ?? command.label;

  let result: R | undefined;
  const [next, patches, inversePatches] = produceWithPatches(doc, (draft) => {
    result = command.apply(draft, input, context);
    draft.coalition.updatedAt = context.now.toISOString();
  });
  // produceWithPatches runs the recipe at once, so result is set unless apply threw.
  return { doc: next, patches, inversePatches, result: result as R, description };
}
