import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type {
  App,
  BrowserWindow as BrowserWindowInstance,
  Dialog,
  IpcMain,
  Menu as MenuInstance,
  Net,
  Protocol,
  SafeStorage,
  Screen,
  Session,
  Shell,
} from 'electron';
import { EVENT_CHANNEL } from '../src/api/bridge';
import { dispatch, toErrorBody } from '../src/api/dispatcher';
import type { ApiErrorBody } from '../src/api/errors';
import { isAllowedExternalUrl } from '../src/api/externalLinks';
import type { MethodInput, MethodName } from '../src/api/contract';
import type { AppEvent, MenuAction } from '../src/api/platform';
import { AppService } from '../src/api/service';
import { resolveAppPage, preloadPathFor } from './appPage';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { registerIpc } from './ipc';
import { workspaceFromArgv } from './launchFiles';
import { flushBeforeQuit } from './lifecycle';
import { buildMenuTemplate, CIT_INTERNATIONAL_URL, type MenuCommands } from './menu';
import { createElectronPlatform, samplePathFor } from './platform';
import { denyAllPermissions, hardenWebContents, isTrustedSender, type FrameLike } from './security';
import { windowOptions } from './windowOptions';
import { loadWindowState, saveWindowState, type Rect } from './windowState';

/** The Electron modules the app uses, passed in so a test can hand over stand-ins. */
export interface ElectronApi {
  app: App;
  BrowserWindow: typeof BrowserWindowInstance;
  dialog: Dialog;
  ipcMain: IpcMain;
  Menu: typeof MenuInstance;
  net: Pick<Net, 'fetch'>;
  protocol: Protocol;
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;
  screen: Screen;
  session: { readonly defaultSession: Session };
  shell: Shell;
}

/** What start-up reads from the process, passed in for the same reason. */
export interface StartOptions {
  argv: readonly string[];
  cwd: string;
  platform: NodeJS.Platform;
  resourcesPath: string;
  /** electron-vite's dev server (ELECTRON_RENDERER_URL); ignored in a packaged app. */
  devServerUrl: string | undefined;
  /** The built record-check thread (src/workspace/check/checkWorker.ts), beside the main bundle. */
  checkWorkerUrl?: URL;
}

export interface RunningApp {
  service: AppService;
  window(): BrowserWindowInstance | null;
}

/**
 * Starts the app: one instance, one window, the API on IPC, the menu, and the rules that keep
 * the page inside the app. Each rule lives in its own module; this function only connects them
 * to Electron. Resolves to null when another instance already runs (this one then quits).
 */
export async function startApp(electron: ElectronApi, options: StartOptions): Promise<RunningApp | null> {
  const { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, safeStorage, screen, session, shell } = electron;

  // One instance owns the open workspace; a second launch hands its file to the first and quits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  // Every renderer sandboxed, whatever options a window is created with. Must precede 'ready'.
  app.enableSandbox();
  // app://cit/ must be known as a standard, secure scheme before 'ready' (appProtocol.ts).
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  const isDev = !app.isPackaged;
  const appPath = app.getAppPath();
  const page = resolveAppPage({ isPackaged: app.isPackaged, devServerUrl: options.devServerUrl, appPath });

  let mainWindow: BrowserWindowInstance | null = null;
  let service: AppService | null = null;
  /** Files asked for before the window exists; opened in order once it does. */
  const pendingOpens: string[] = [];
  let acceptingOpens = false;

  const openExternal = (url: string): void => {
    if (!isAllowedExternalUrl(url)) return;
    shell.openExternal(url).catch((error: unknown) => console.error('Could not open the link:', error));
  };

  // Registered before anything is created, so no webContents (ours or any later one) escapes.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, page.appUrl, openExternal));

  // macOS hands over double-clicked files this way, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    requestOpen(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    const filePath = workspaceFromArgv(argv, workingDirectory);
    if (filePath) requestOpen(filePath);
  });

  const launchFile = workspaceFromArgv(options.argv, options.cwd);
  if (launchFile) pendingOpens.push(launchFile);

  await app.whenReady();

  denyAllPermissions(session.defaultSession);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(page.rendererDir, (fileUrl) => net.fetch(fileUrl)),
  );

  const userData = app.getPath('userData');
  const platform = createElectronPlatform({
    dialog,
    shell,
    getWindow: () => liveWindow(),
    send: (event) => {
      sendToScreen(event);
      // Opening or creating a workspace changes the recent list and what the menu can do.
      if (event.type === 'workspace-changed') void refreshMenu();
    },
    appVersion: app.getVersion(),
    userDataPath: userData,
    documentsPath: app.getPath('documents'),
    samplePath: samplePathFor(app.isPackaged, options.resourcesPath, appPath),
    safeStorage,
  });
  const { checkWorkerUrl } = options;
  // A large file from elsewhere is checked on several threads (src/workspace/check/).
  const appService = new AppService(platform, { checkWorkers: checkWorkerUrl && (() => new Worker(checkWorkerUrl)) });
  service = appService;

  registerIpc(
    ipcMain,
    appService,
    (event) => {
      const window = liveWindow();
      if (!window || event.sender !== window.webContents) return false;
      return isTrustedSender(event.senderFrame as FrameLike | null, window.webContents.mainFrame, page.appUrl);
    },
    {
      // These change the menu without a 'workspace-changed' event.
      afterCall: (method) => {
        if (method === 'closeWorkspace' || method === 'forgetRecentWorkspace') void refreshMenu();
      },
    },
  );

  const commands: MenuCommands = {
    newCoalition: () => sendAction('new-coalition'),
    open: () => void callFromMenu('openWorkspace', {}, 'The workspace could not be opened'),
    openRecent: (filePath) =>
      void callFromMenu('openRecentWorkspace', { path: filePath }, 'The workspace could not be opened'),
    saveAs: () => void callFromMenu('saveWorkspaceAs', {}, 'The workspace could not be saved'),
    reveal: () => void callFromMenu('revealWorkspaceInFolder', {}, 'The folder could not be shown'),
    backups: () => sendAction('backups'),
    settings: () => sendAction('settings'),
    undo: () => sendAction('undo'),
    redo: () => sendAction('redo'),
    openHelpSite: () =>
      void callFromMenu('openExternalLink', { url: CIT_INTERNATIONAL_URL }, 'The website could not be opened'),
  };

  // Menu rebuilds run one after another, so an older recent list never replaces a newer one.
  let menuQueue: Promise<void> = Promise.resolve();
  function refreshMenu(): Promise<void> {
    menuQueue = menuQueue
      .then(async () => {
        const info = await appService.handlers.getAppInfo({});
        const template = buildMenuTemplate({
          platform: options.platform,
          isDev,
          appName: app.getName(),
          recent: info.recent,
          workspaceOpen: appService.current !== null,
          commands,
        });
        Menu.setApplicationMenu(Menu.buildFromTemplate(template));
      })
      .catch((error: unknown) => console.error('Could not build the menu:', error));
    return menuQueue;
  }

  // close() saves, then releases the workspace lock so the next start opens it for writing.
  flushBeforeQuit(app, async () => {
    await appService.close();
  });

  app.on('window-all-closed', () => {
    // macOS apps stay open without windows; 'activate' brings one back.
    if (options.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!liveWindow()) mainWindow = createWindow();
  });

  await refreshMenu();
  mainWindow = createWindow();
  acceptingOpens = true;
  for (const filePath of pendingOpens.splice(0)) await openFromOutside(filePath);

  return { service: appService, window: liveWindow };

  function createWindow(): BrowserWindowInstance {
    const statePath = path.join(userData, 'window-state.json');
    const state = loadWindowState(statePath, workAreas());
    const window = new BrowserWindow(windowOptions(state.bounds, preloadPathFor(appPath)));
    window.once('ready-to-show', () => {
      if (state.maximized) window.maximize();
      window.show();
    });
    window.on('close', () => {
      try {
        saveWindowState(statePath, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
      } catch (error) {
        console.error('Could not remember the window position:', error);
      }
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    window.loadURL(page.appUrl).catch((error: unknown) => {
      console.error('The app page did not load:', error);
      // 'ready-to-show' may never come for a page that failed; a visible error beats an invisible app.
      if (!window.isDestroyed()) window.show();
    });
    return window;
  }

  /** Work areas of the connected displays, the primary one first (defaults are placed there). */
  function workAreas(): Rect[] {
    const primary = screen.getPrimaryDisplay();
    const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
    return [primary, ...others].map((display) => display.workArea);
  }

  function liveWindow(): BrowserWindowInstance | null {
    return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  }

  function focusWindow(): void {
    const window = liveWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  function sendToScreen(event: AppEvent): void {
    liveWindow()?.webContents.send(EVENT_CHANNEL, event);
  }

  function sendAction(action: MenuAction): void {
    sendToScreen({ type: 'menu', action });
  }

  /** A file from the command line, a second launch or macOS: open it once the app is ready. */
  function requestOpen(filePath: string): void {
    if (!acceptingOpens) {
      pendingOpens.push(filePath);
      return;
    }
    // On macOS the app may be running with its window closed; a double-clicked file brings it back.
    if (!liveWindow()) mainWindow = createWindow();
    void openFromOutside(filePath);
  }

  async function openFromOutside(filePath: string): Promise<void> {
    if (!service) return;
    try {
      // Like File › Open: the current workspace is saved and closed first.
      await service.handlers.closeWorkspace({});
      await service.openPath(filePath);
    } catch (error) {
      await showError('The workspace could not be opened', toErrorBody(error));
    }
  }

  /** Menu items call the API like the screen does; a failure is shown in a message box. */
  async function callFromMenu<M extends MethodName>(method: M, input: MethodInput<M>, title: string): Promise<void> {
    if (!service) return;
    const reply = await dispatch(service.handlers, method, input);
    if (!reply.ok) await showError(title, reply.error);
  }

  async function showError(title: string, body: ApiErrorBody): Promise<void> {
    const messageOptions = {
      type: 'error' as const,
      message: title,
      detail: [body.message, ...(body.details ?? [])].join('\n'),
      buttons: ['OK'],
    };
    const window = liveWindow();
    try {
      await (window ? dialog.showMessageBox(window, messageOptions) : dialog.showMessageBox(messageOptions));
    } catch (error) {
      console.error(title, body, error);
    }
  }
}
