// Runs a TypeScript module as a worker thread: tsx compiles it as it loads, as it does for the
// tests themselves. workerData.entry is the module's file URL.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
