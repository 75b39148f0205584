import type { z } from 'zod';
import type { CommandResult, MethodInput } from '../../src/api/contract';
import { COMMANDS, type CommandName } from '../../src/api/features';
import { applyCommand, parseCommandInput, type AppliedCommand } from '../../src/commands/apply';
import type { Command, CommandContext } from '../../src/commands/define';
import type { WorkspaceSession } from '../../src/workspace/session';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { type ChangeReply } from '../../src/workspace/sessionTypes';

/**
 * Runs a command by its name, as the app does: the input checked against the command's schema,
 * then applied. The name picks the input type, so the compiler checks what a test passes, and the
 * result comes back typed by what the command returns. Tests, their fixtures and the sample
 * script all change a document through these two, never by hand.
 */
export function applyByName<C extends CommandName>(
  doc: WorkspaceDocument,
  name: C,
  input: MethodInput<C>,
  context: CommandContext,
): AppliedCommand<CommandResult<C>> {
  const command = byName(name);
  return applyCommand(doc, command, parseCommandInput(command, input), context);
}

/** The same through an open session, which also saves and records the change for undo. */
export function executeByName<C extends CommandName>(
  session: WorkspaceSession,
  name: C,
  input: MethodInput<C>,
): Promise<ChangeReply<CommandResult<C>>> {
  return session.execute(byName(name), input);
}

// The one place a command is taken out of the list by a name the compiler knows only as a union:
// COMMANDS[name] has the union of every command's type, which no single call accepts.
function byName<C extends CommandName>(name: C): Command<z.ZodType, CommandResult<C>> {
  return COMMANDS[name] as unknown as Command<z.ZodType, CommandResult<C>>;
}
