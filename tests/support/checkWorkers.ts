import { Worker } from 'node:worker_threads';
import type { StartCheckWorker } from '../../src/workspace/check/parallelCheck';

/** The record-check thread from the TypeScript source (the app runs the built one). */
export const startSourceCheckWorker: StartCheckWorker = () =>
  new Worker(new URL('./typescriptWorker.mjs', import.meta.url), {
    workerData: { entry: new URL('../../src/workspace/check/checkWorker.ts', import.meta.url).href },
  });
