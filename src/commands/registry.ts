import { actionItemCommands } from './actionItems';
import { coalitionCommands } from './coalition';
import { meetingCommands } from './meetings';
import type { Command } from './define';
import { recognitionCommands } from './recognition';
import { workgroupCommands } from './workgroups';
import { policyCommands } from './policies';
import { stakeholderCommands } from './stakeholders';
import { organizationCommands } from './organizations';
import { conversationCommands } from './conversations';
import { stageCommands } from './stages';

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
