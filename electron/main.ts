import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { startApp, type RunningApp } from './startApp';

/**
 * The main-process entry (electron-vite builds it to out/main/index.js). Everything happens in
 * startApp, which takes Electron as a parameter; this file only hands it the real modules and
 * the process's own facts. `started` lets a test await start-up after importing this file.
 */
export const started: Promise<RunningApp | null> = startApp(
  { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, safeStorage, screen, session, shell },
  {
    argv: process.argv,
    cwd: process.cwd(),
    platform: process.platform,
    resourcesPath: process.resourcesPath,
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    // electron.vite.config.ts builds it to out/main/checkWorker.js, beside this file's bundle.
    checkWorkerUrl: new URL('./checkWorker.js', import.meta.url),
  },
).catch((error: unknown) => {
  // Without a window there is nowhere else to say it; then leave rather than linger invisibly.
  console.error(error);
  dialog.showErrorBox('CIT Coalition Organizer could not start', String((error as Error)?.stack ?? error));
  app.exit(1);
  return null;
});
