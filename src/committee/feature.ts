import { defineFeature } from '../api/feature';
import { committeeMethods } from './api';
import { committeeCommands } from './commands';

/** What the committee adds to the contract (listed once in src/api/features.ts). */
export const committeeFeature = defineFeature({
  name: 'committee',
  commands: committeeCommands,
  methods: committeeMethods,
});
