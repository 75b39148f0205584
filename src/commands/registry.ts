import { actionItemCommands } from '../actions/commands';
import { coalitionCommands } from '../coalition/commands';
import { meetingCommands } from '../meetings/commands';
import type { Command } from './define';
import { recognitionCommands } from '../recognition/commands';
import { workgroupCommands } from '../workgroups/commands';
import { policyCommands } from '../policies/commands';
import { stakeholderCommands } from '../stakeholders/commands/stakeholders';
import { organizationCommands } from '../stakeholders/commands/organizations';
import { conversationCommands } from '../stakeholders/commands/conversations';
import { stageCommands } from '../stages/commands';

/**
 * Every command the app knows, by name. Each feature keeps its commands in its own file and
 * adds its map here; each command becomes an API method of the same name (src/api/contract.ts).
 */
export const COMMANDS = {
  ...coalitionCommands,
  ...actionItemCommands,
  ...meetingCommands,
  ...recognitionCommands,
  ...workgroupCommands,
  ...policyCommands,
  ...stakeholderCommands,
  ...organizationCommands,
  ...conversationCommands,
  ...stageCommands,
} satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;
