import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, one command. Unit and integration tests run in Node on real files in
 * temporary folders; the browser tests drive Chromium against the built renderer, one file at a
 * time because two browsers on a two-core machine only slow each other down.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A state the app shows may take seconds to come on a busy machine (CI shares its
          // cores); vitest's default of one second made a slow notice a failure.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
          // Builds out/renderer once per run if it is missing or older than its sources.
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
        },
      },
    ],
  },
});
