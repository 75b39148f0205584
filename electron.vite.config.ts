import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { METHOD_NAMES } from './src/api/contract';

/**
 * The desktop build: main process, preload and renderer, into out/main, out/preload and
 * out/renderer. renderer.vite.config.ts builds the same renderer alone for the browser tests;
 * keep the two in step (root, plugins, relative base).
 */
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: here('./out/main'),
      // The entry is named "index" so the output is out/main/index.js, package.json's "main".
      // The format follows package.json ("type": "module"): an ES module, which Electron 45 runs.
      // checkWorker.js is the thread that checks a large file's records (src/workspace/check/).
      rolldownOptions: {
        input: { index: here('./electron/main.ts'), checkWorker: here('./src/workspace/check/checkWorker.ts') },
      },
    },
  },
  preload: {
    // The contract's method names, computed here at build time, so the preload learns them
    // without bundling the zod schemas and the domain model behind them (see electron/preload.ts).
    define: { __CIT_METHOD_NAMES__: JSON.stringify(METHOD_NAMES) },
    build: {
      outDir: here('./out/preload'),
      // A sandboxed preload is run as a classic script with a require() that knows only
      // 'electron' and a few built-ins: it cannot be an ES module, and it cannot load chunks or
      // packages from node_modules. So: one self-contained CommonJS file, .cjs so that Node's
      // "type": "module" rule never reads it as ESM. electron/appPage.ts points the window at it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: here('./electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: here('./renderer'),
    plugins: [react()],
    // The native picture drawer runs only in the main process (renderer/stubs/resvg.ts says why).
    resolve: { alias: { '@resvg/resvg-js': here('./renderer/stubs/resvg.ts') } },
    build: {
      outDir: here('./out/renderer'),
      // Keep every asset a file, as renderer.vite.config.ts does: the CSP allows no inline data: scripts.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { index: here('./renderer/index.html') } },
    },
  },
});
