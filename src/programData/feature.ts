import { defineFeature } from '../api/feature';
import { programDataCommands } from './commands';
import { programDataMethods } from './api';

/** What program data adds to the contract (listed once in src/api/features.ts). */
export const programDataFeature = defineFeature({
  name: 'programData',
  commands: programDataCommands,
  methods: programDataMethods,
});
