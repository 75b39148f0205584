import { defineFeature } from '../api/feature';
import { workgroupCommands } from './commands';
import { workgroupMethods } from './api';

/** What workgroups adds to the contract (listed once in src/api/features.ts). */
export const workgroupsFeature = defineFeature({
  name: 'workgroups',
  commands: workgroupCommands,
  methods: workgroupMethods,
});
