import { defineFeature } from '../api/feature';
import { programDataCommands } from './commands';

/** What program data adds to the contract (listed once in src/api/features.ts). */
export const programDataFeature = defineFeature({
  name: 'programData',
  commands: programDataCommands,
  methods: {},
});
