import { defineFeature } from '../api/feature';
import { directoryCommands } from './commands';
import { directoryMethods } from './api';

/** What the directory adds to the contract (listed once in src/api/features.ts). */
export const directoryFeature = defineFeature({
  name: 'directory',
  commands: directoryCommands,
  methods: directoryMethods,
});
