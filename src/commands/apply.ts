import { enablePatches, produceWithPatches, type Patch } from 'immer';
import type { WorkspaceDocument } from '../workspace/document';
import type { Command, CommandContext } from './define';
import { checkReferences } from './references';
import { InputError } from '../errors';

enablePatches();

export interface AppliedCommand {
  doc: WorkspaceDocument;
  patches: Patch[];
  inversePatches: Patch[];
  result: unknown;
  /** The change, named for Edit › Undo: "add stakeholder Dana Whitfield". */
  description: string;
}

/**
 * Validates a command's input (its shape, then that every record it names exists) and applies it
 * to a document, producing the new document and the patches both ways. The original document is
 * never modified, so a command that throws changes nothing.
 */
export function applyCommand(
  doc: WorkspaceDocument,
  command: Command,
  rawInput: unknown,
  context: CommandContext,
): AppliedCommand {
  const parsed = command.input.safeParse(rawInput);
  if (!parsed.success) throw InputError.fromZod(parsed.error);
  const input: unknown = parsed.data;
  // Every id in the input names a record that exists, checked in one place for every command.
  checkReferences(doc, input, command.references);
  const description = command.describe?.(input, doc) ?? command.label;

  let result: unknown;
  const [next, patches, inversePatches] = produceWithPatches(doc, (draft) => {
    result = command.apply(draft, input, context);
    draft.coalition.updatedAt = context.now.toISOString();
  });
  return { doc: next, patches, inversePatches, result, description };
}
