import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'vite';
import type { StartCheckWorker } from '../src/workspace/check/parallelCheck';

/**
 * The record-check thread built into one JavaScript file, as the app's build makes it
 * (electron.vite.config.ts): started from TypeScript source instead, each thread would spend
 * most of a second compiling before it checks anything, which the app never does.
 */
export async function builtCheckWorker(): Promise<StartCheckWorker> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'cit-bench-check-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: fileURLToPath(new URL('../src/workspace/check/checkWorker.ts', import.meta.url)),
      outDir,
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'checkWorker.mjs' } },
    },
  });
  const entry = pathToFileURL(path.join(outDir, 'checkWorker.mjs'));
  return () => new Worker(entry);
}
