import { defineFeature } from '../api/feature';
import { coalitionCommands } from './commands';

/** What coalition adds to the contract (listed once in src/api/features.ts). */
export const coalitionFeature = defineFeature({
  name: 'coalition',
  commands: coalitionCommands,
});
