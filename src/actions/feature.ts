import { defineFeature } from '../api/feature';
import { actionItemCommands } from './commands';

/** What actions adds to the contract (listed once in src/api/features.ts). */
export const actionsFeature = defineFeature({
  name: 'actions',
  commands: actionItemCommands,
});
