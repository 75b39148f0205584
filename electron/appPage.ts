import path from 'node:path';
import { APP_INDEX_URL } from './appProtocol';

/**
 * Where the window's page comes from, and so which URL counts as "the app" for navigation and
 * IPC checks: app://cit/index.html (served from out/renderer, see appProtocol.ts) in a build,
 * or electron-vite's dev server in development.
 */
export interface AppPage {
  /** The URL the window loads; security.ts compares every navigation and IPC sender with it. */
  appUrl: string;
  /** The folder app://cit/ serves. */
  rendererDir: string;
}

export function resolveAppPage(options: { isPackaged: boolean; devServerUrl: string | undefined; appPath: string }): AppPage {
  const rendererDir = path.join(options.appPath, 'out', 'renderer');
  // The dev server is honoured only in development: in an installed app an environment
  // variable must never point the window (and its preload) at another page.
  if (!options.isPackaged && options.devServerUrl) {
    const url = parseHttpUrl(options.devServerUrl);
    if (url) return { appUrl: url.href, rendererDir };
  }
  return { appUrl: APP_INDEX_URL, rendererDir };
}

/** Where the built preload is (CommonJS: a sandboxed preload cannot be an ES module). */
export function preloadPathFor(appPath: string): string {
  return path.join(appPath, 'out', 'preload', 'index.cjs');
}

function parseHttpUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
