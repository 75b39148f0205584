import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Builds the screen alone (no main process, no preload) into out/renderer: what the browser test
 * host serves and what `npm run web` shows. electron.vite.config.ts builds the same renderer for
 * the desktop app; keep the two in step (root, plugins, relative base).
 */
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const repoRoot = here('.');

/**
 * Writes the list of project files that went into the build (.sources.json), so the browser
 * tests rebuild only when one of them changed, not whenever anything in src/ is edited.
 */
function recordSources(): Plugin {
  return {
    name: 'cit-record-sources',
    apply: 'build',
    generateBundle() {
      const files = new Set<string>();
      for (const id of this.getModuleIds()) {
        const file = id.split('?')[0]!;
        if (!path.isAbsolute(file) || file.includes(`${path.sep}node_modules${path.sep}`)) continue;
        files.add(path.relative(repoRoot, file));
      }
      this.emitFile({ type: 'asset', fileName: '.sources.json', source: JSON.stringify([...files].sort(), null, 1) });
    },
  };
}

export default defineConfig({
  root: here('./renderer'),
  // Relative asset paths: the desktop app loads index.html from a file, not from a server root.
  base: './',
  plugins: [react(), recordSources()],
  // The native picture drawer runs only in the main process (renderer/stubs/resvg.ts says why).
  resolve: { alias: { '@resvg/resvg-js': here('./renderer/stubs/resvg.ts') } },
  build: {
    outDir: here('./out/renderer'),
    emptyOutDir: true,
    // The page may only load scripts from its own origin (see the CSP in index.html); keep every
    // asset a file rather than an inline data: URL so the policy never has to be loosened.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
