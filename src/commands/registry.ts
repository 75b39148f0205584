import { actionItemCommands } from './actionItems';
import { coalitionCommands } from './coalition';
import type { Command } from './define';

/**
 * Every command the app knows, by name. Each feature keeps its commands in its own file and
 * adds its map here; each command becomes an API method of the same name (src/api/contract.ts).
 */
export const COMMANDS = {
  ...coalitionCommands,
  ...actionItemCommands,
} satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;
