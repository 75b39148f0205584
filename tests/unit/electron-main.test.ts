import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../src/api/contract';
import { WorkspaceSession } from '../../src/workspace/session';
import { tempDir } from '../support/tempdir';

/**
 * Electron cannot start on this machine, so electron/main.ts is imported with a stand-in for the
 * 'electron' module that records what start-up asks of it. The stand-in is deliberately dumb:
 * every assertion below is about what main.ts did, not about what the fake does.
 */
const fake = await vi.hoisted(async () => {
  type Listener = (...args: unknown[]) => unknown;
  // Hoisted above the imports, so it imports what it needs itself.
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');

  const state = {
    lockGranted: true,
    userData: mkdtempSync(join(tmpdir(), 'cit-main-')),
    /** Every call in order, to check what happened before 'ready'. */
    log: [] as string[],
    appListeners: new Map<string, Listener[]>(),
    windows: [] as FakeWindow[],
    channels: new Map<string, Listener>(),
    templates: [] as unknown[][],
    applicationMenus: [] as unknown[],
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, Listener>(),
    opened: [] as string[],
    messageBoxes: [] as unknown[],
  };

  const emitter = (target: Map<string, Listener[]>) => ({
    on: (name: string, listener: Listener) => {
      target.set(name, [...(target.get(name) ?? []), listener]);
    },
  });

  class FakeWindow {
    readonly listeners = new Map<string, Listener[]>();
    readonly sent: unknown[][] = [];
    readonly loaded: string[] = [];
    destroyed = false;
    readonly webContents = {
      mainFrame: { url: 'app://cit/index.html#/', parent: null, processId: 7, routingId: 1 },
      send: (...args: unknown[]) => this.sent.push(args),
    };
    shown = 0;
    focused = 0;
    constructor(readonly options: Record<string, unknown>) {
      state.log.push('new BrowserWindow');
      state.windows.push(this);
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {
      this.shown += 1;
    }
    focus() {
      this.focused += 1;
    }
    maximize() {}
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 40, y: 30, width: 1111, height: 777 };
    }
  }

  const electron = {
    app: {
      ...emitter(state.appListeners),
      isPackaged: false,
      requestSingleInstanceLock: () => {
        state.log.push('requestSingleInstanceLock');
        return state.lockGranted;
      },
      enableSandbox: () => state.log.push('enableSandbox'),
      whenReady: () => {
        state.log.push('whenReady');
        return Promise.resolve();
      },
      quit: () => state.log.push('quit'),
      exit: (code: number) => state.log.push(`exit ${code}`),
      getAppPath: () => '/fake/app',
      getPath: (name: string) => join(state.userData, name === 'userData' ? '' : name),
      getVersion: () => '9.8.7',
      getName: () => 'CIT Coalition Organizer',
    },
    BrowserWindow: FakeWindow,
    dialog: {
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showMessageBox: async (...args: unknown[]) => {
        state.messageBoxes.push(args);
        return { response: 0 };
      },
      showErrorBox: (...args: unknown[]) => state.messageBoxes.push(args),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        if (state.channels.has(channel)) throw new Error(`second handler for ${channel}`);
        state.channels.set(channel, listener);
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => {
        state.templates.push(template);
        return { template };
      },
      setApplicationMenu: (menu: unknown) => state.applicationMenus.push(menu),
    },
    net: { fetch: async () => new Response('file') },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        state.log.push('registerSchemesAsPrivileged');
        state.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: Listener) => state.protocolHandlers.set(scheme, handler),
    },
    // A stand-in that only reverses the text: enough to see that what is stored is not the password.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
      decryptString: (sealed: Buffer) => [...sealed.toString().slice('sealed:'.length)].reverse().join(''),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheck = handler),
      },
    },
    shell: {
      showItemInFolder: () => {},
      openExternal: async (url: string) => {
        state.opened.push(url);
      },
    },
  };
  return { state, electron, FakeWindow };
});

vi.mock('electron', () => fake.electron);

const { state } = fake;
const appListeners = (name: string) => state.appListeners.get(name) ?? [];
const emitApp = async (name: string, ...args: unknown[]) => {
  for (const listener of appListeners(name)) await listener(...args);
};

let running: Awaited<typeof import('../../electron/main').started>;
const savedRendererUrl = process.env['ELECTRON_RENDERER_URL'];

beforeAll(async () => {
  delete process.env['ELECTRON_RENDERER_URL'];
  const main = await import('../../electron/main');
  running = await main.started;
});

afterAll(() => {
  if (savedRendererUrl !== undefined) process.env['ELECTRON_RENDERER_URL'] = savedRendererUrl;
});

function theWindow() {
  const window = state.windows[0];
  if (!window) throw new Error('no window was created');
  return window;
}

describe('electron/main.ts start-up', () => {
  it('takes the single-instance lock and sandboxes everything before the app is ready', () => {
    expect(running).not.toBeNull();
    const ready = state.log.indexOf('whenReady');
    expect(state.log.indexOf('requestSingleInstanceLock')).toBe(0);
    expect(state.log.indexOf('enableSandbox')).toBeGreaterThan(-1);
    expect(state.log.indexOf('enableSandbox')).toBeLessThan(ready);
    expect(state.log.indexOf('registerSchemesAsPrivileged')).toBeLessThan(ready);
    expect(state.privilegedSchemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('creates one window with the secure options and loads the app page', () => {
    expect(state.windows).toHaveLength(1);
    const window = theWindow();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      preload: path.join('/fake/app', 'out', 'preload', 'index.cjs'),
    });
    expect(window.loaded).toEqual(['app://cit/index.html']);
    expect(state.protocolHandlers.has('app')).toBe(true);
  });

  it('registers every contract method as an IPC handler, and nothing else', () => {
    expect([...state.channels.keys()].sort()).toEqual(METHOD_NAMES.map((name) => `cit:${name}`).sort());
  });

  it('answers the window’s main frame and refuses any other sender', async () => {
    const window = theWindow();
    const handler = state.channels.get('cit:getAppInfo');
    const ours = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await expect(handler?.(ours, {})).resolves.toEqual({ ok: true, value: { version: '9.8.7', recent: [] } });

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const child = {
      sender: window.webContents,
      senderFrame: { ...window.webContents.mainFrame, routingId: 9, parent: {} },
    };
    const elsewhere = {
      sender: window.webContents,
      senderFrame: { ...window.webContents.mainFrame, url: 'https://evil.example/' },
    };
    const otherContents = { sender: {}, senderFrame: window.webContents.mainFrame };
    for (const event of [child, elsewhere, otherContents]) {
      await expect(handler?.(event, {})).resolves.toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    }
    warn.mockRestore();
  });

  it('builds and sets the application menu', () => {
    expect(state.applicationMenus.length).toBeGreaterThan(0);
    const template = state.templates.at(-1) as { label?: string }[];
    const labels = template.map((entry) => entry.label?.replace('&', ''));
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
    expect(state.applicationMenus.at(-1)).toEqual({ template });
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    state.permissionRequest?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(state.permissionCheck?.({}, 'geolocation')).toBe(false);
    expect(state.permissionRequest).toBeDefined();
  });

  it('hardens every webContents the app creates', async () => {
    const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
    let windowOpen: ((details: { url: string }) => unknown) | undefined;
    const contents = {
      on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => (windowOpen = handler),
    };
    await emitApp('web-contents-created', {}, contents);

    const away = { url: 'https://example.org/', preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(away);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(state.opened).toContain('https://example.org/');

    const home = { url: 'app://cit/index.html#/meetings', preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(home);
    expect(home.preventDefault).not.toHaveBeenCalled();

    expect(windowOpen?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('remembers the window bounds when it closes', () => {
    theWindow().emit('close');
    const saved = JSON.parse(readFileSync(path.join(state.userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ bounds: { x: 40, y: 30, width: 1111, height: 777 }, maximized: false });
  });

  it('opens a workspace passed by a second launch, tells the screen and lists it under Open Recent', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'Riverside.cit.json');
    await WorkspaceSession.create(file, { name: 'Riverside CIT', community: 'Riverside', timeZone: 'America/Chicago' });
    const window = theWindow();
    const focusedBefore = window.focused;

    await emitApp('second-instance', {}, ['/opt/cit/cit-organizer', 'Riverside.cit.json'], dir, {});
    // The service adopts the file, records it as recent, then tells the screen: wait for the last step.
    await vi.waitFor(() => expect(window.sent).toContainEqual(['cit:event', { type: 'workspace-changed' }]));
    expect(running?.service.current?.filePath).toBe(file);
    expect(window.focused).toBe(focusedBefore + 1);
    await vi.waitFor(() => {
      const template = state.templates.at(-1) as { submenu?: { label?: string; submenu?: { label?: string }[] }[] }[];
      const openRecent = template[0]?.submenu?.find((entry) => entry.label === 'Open Recent');
      expect(openRecent?.submenu?.map((entry) => entry.label)).toEqual(['Riverside CIT (Riverside.cit.json)']);
    });
  });

  it('shows a message box, not a crash, when a launched file cannot be opened', async () => {
    const dir = await tempDir();
    const before = state.messageBoxes.length;
    await emitApp('second-instance', {}, ['/opt/cit/cit-organizer', path.join(dir, 'Missing.cit.json')], dir, {});
    await vi.waitFor(() => expect(state.messageBoxes.length).toBe(before + 1));
    const [, options] = state.messageBoxes.at(-1) as [unknown, { type: string; message: string }];
    expect(options).toMatchObject({ type: 'error', message: 'The workspace could not be opened' });
  });

  it('opens a file macOS hands over while no window is open, bringing a window back', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'Lakeside.cit.json');
    await WorkspaceSession.create(file, { name: 'Lakeside CIT', community: 'Lakeside', timeZone: 'America/Chicago' });
    theWindow().destroyed = true;
    const event = { preventDefault: vi.fn() };

    await emitApp('open-file', event, file);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(running?.service.current?.filePath).toBe(file));
    expect(state.windows).toHaveLength(2);
    expect(state.windows[1]?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    expect(running?.window()).toBe(state.windows[1]);
  });

  it('keeps sync passwords through safeStorage, in a file in userData that does not hold them readable', async () => {
    const secrets = running!.service.context.platform.secrets;
    const key = { server: 'https://couch.example.org', account: 'chair' };
    await secrets.set(key, 'hunter2-correct-horse');
    expect(await secrets.get(key)).toBe('hunter2-correct-horse');
    const stored = readFileSync(path.join(state.userData, 'sync-passwords.json'), 'utf8');
    expect(stored).not.toContain('hunter2');
    await secrets.delete(key);
    expect(await secrets.get(key)).toBeNull();
  });

  it('saves and releases the workspace before quitting', async () => {
    const close = vi.spyOn(running!.service, 'close');
    const event = { preventDefault: vi.fn() };
    await emitApp('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(state.log.at(-1)).toBe('quit'));
  });
});

describe('a second instance', () => {
  it('quits at once when another instance holds the lock, creating nothing', async () => {
    const windowsBefore = state.windows.length;
    const channelsBefore = state.channels.size;
    state.lockGranted = false;
    state.log.length = 0;
    vi.resetModules();
    const main = await import('../../electron/main');
    expect(await main.started).toBeNull();
    expect(state.log).toEqual(['requestSingleInstanceLock', 'quit']);
    expect(state.windows.length).toBe(windowsBefore);
    expect(state.channels.size).toBe(channelsBefore);
    expect(existsSync(state.userData)).toBe(true);
  });
});
