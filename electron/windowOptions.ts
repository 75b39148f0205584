import type { BrowserWindowConstructorOptions } from 'electron';

/** Where the window goes; x and y are left out when there is no remembered position (the OS centres it). */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

/**
 * The one window's options. webPreferences are the whole of the renderer's security: the page
 * runs sandboxed, in its own JavaScript world, with no Node; the preload is the only bridge.
 * Every flag is written out, even where it is Electron's default, so a change of default in a
 * later Electron cannot loosen it silently and a reader sees the full policy here.
 */
export function windowOptions(bounds: WindowBounds, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'CIT Coalition Organizer',
    // Shown on 'ready-to-show', so the person never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
