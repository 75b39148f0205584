import { defineFeature } from '../api/feature';
import { trainingMethods } from './api';
import { trainingCommands } from './commands';

/** What training adds to the contract (listed once in src/api/features.ts). */
export const trainingFeature = defineFeature({
  name: 'training',
  commands: trainingCommands,
  methods: trainingMethods,
});
