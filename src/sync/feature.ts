import { defineFeature } from '../api/feature';
import { syncMethods } from './api';

/** What sharing adds to the contract (listed once in src/api/features.ts): methods only; its one change is made by sync itself. */
export const syncFeature = defineFeature({
  name: 'sync',
  commands: {},
  methods: syncMethods,
});
