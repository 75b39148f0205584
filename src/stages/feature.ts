import { defineFeature } from '../api/feature';
import { stageCommands } from './commands';
import { stagesMethods } from './api';

/** What stages adds to the contract (listed once in src/api/features.ts). */
export const stagesFeature = defineFeature({
  name: 'stages',
  commands: stageCommands,
  methods: stagesMethods,
});
