import type { z } from 'zod';
import type { MethodSpec } from './method';
import { workspaceMethods } from './workspaceMethods';
import { COMMANDS, FEATURE_METHODS, type Commands } from './features';
import { type ChangeReply } from '../workspace/sessionTypes';

/**
 * Every method the screen can call, with the schema its input must match. The Electron IPC layer,
 * the preload bridge, the renderer's client and the browser test host are all built from this
 * one object. Each workspace command is a method of the same name that returns a ChangeReply.
 */
type CommandMethods = {
  [K in keyof Commands]: MethodSpec<Commands[K]['input'], ChangeReply<CommandResult<K>>>;
};

/** What a command's `apply` returns (the id of a new record, a count ...), typed per command. */
export type CommandResult<K extends keyof Commands> = ReturnType<Commands[K]['apply']>;

const commandMethods = Object.fromEntries(
  Object.values(COMMANDS).map((command) => [
    command.name,
    { input: command.input, summary: `Workspace change: ${command.label}. Saves, and can be undone.` },
  ]),
) as CommandMethods;

export const CONTRACT = {
  ...workspaceMethods,
  ...commandMethods,
  ...FEATURE_METHODS,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof CONTRACT;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> =
  Contract[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export const METHOD_NAMES = Object.keys(CONTRACT) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(CONTRACT, name);
}
