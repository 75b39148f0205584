import { defineFeature } from '../api/feature';
import { packetMethods } from './api';

/** What the meeting packet adds to the contract (listed once in src/api/features.ts): one export, no records. */
export const packetFeature = defineFeature({ name: 'packet', commands: {}, methods: packetMethods });
