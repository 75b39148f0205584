import { defineFeature } from '../api/feature';
import { recognitionCommands } from './commands';
import { recognitionMethods } from './api';

/** What recognition adds to the contract (listed once in src/api/features.ts). */
export const recognitionFeature = defineFeature({
  name: 'recognition',
  commands: recognitionCommands,
  methods: recognitionMethods,
});
