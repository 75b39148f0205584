import { defineFeature } from '../api/feature';
import { meetingCommands } from './commands';
import { meetingMethods } from './api';

/** What meetings adds to the contract (listed once in src/api/features.ts). */
export const meetingsFeature = defineFeature({
  name: 'meetings',
  commands: meetingCommands,
  methods: meetingMethods,
});
