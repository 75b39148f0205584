import { defineFeature } from '../api/feature';
import { conversationCommands } from './commands/conversations';
import { organizationCommands } from './commands/organizations';
import { stakeholderCommands } from './commands/stakeholders';
import { stakeholderMethods } from './api';

/** What stakeholders adds to the contract (listed once in src/api/features.ts). */
export const stakeholdersFeature = defineFeature({
  name: 'stakeholders',
  commands: { ...stakeholderCommands, ...organizationCommands, ...conversationCommands },
  methods: stakeholderMethods,
});
