import { defineFeature } from '../api/feature';
import { policyCommands } from './commands';
import { policyMethods } from './api';

/** What policies adds to the contract (listed once in src/api/features.ts). */
export const policiesFeature = defineFeature({
  name: 'policies',
  commands: policyCommands,
  methods: policyMethods,
});
